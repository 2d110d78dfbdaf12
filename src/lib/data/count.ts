/** A count of links in words: "1 link", "12 links". */
export function linkCount(n: number): string {
	return `${n} link${n === 1 ? '' : 's'}`;
}

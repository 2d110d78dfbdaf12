/** A count in words: "1 partner", "12 partners". */
export function countOf(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A count of links in words: "1 link", "12 links". */
export function linkCount(n: number): string {
	return countOf(n, 'link');
}

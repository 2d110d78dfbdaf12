/** Ties and conflicts in force, in words: "30 ties and 4 conflicts in force". */
export function inForceText(ties: number, conflicts: number): string {
	const tieWords = `${ties} ${ties === 1 ? 'tie' : 'ties'}`;
	if (conflicts === 0) return `${tieWords} in force`;
	return `${tieWords} and ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'} in force`;
}

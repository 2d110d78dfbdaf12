/**
 * Ids and other ASCII keys, in code-unit order. Sorting by `localeCompare` starts a collator,
 * which cost tens of milliseconds on a slow phone when the table first sorted its rows by years
 * and id; names and titles, which need it, are compared with it only when a reader asks.
 */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

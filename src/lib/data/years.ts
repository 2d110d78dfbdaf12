/** The first year the dashboard covers: independence. */
export const FIRST_YEAR = 1991;

/** The last year covered: the year of the data's version, through which ongoing links count. */
export function lastYearOf(version: string): number {
	return Number(version.slice(0, 4));
}

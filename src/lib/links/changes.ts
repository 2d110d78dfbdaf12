import type { Link } from '../data/types';

/** What happened to a link: it entered the record, or its facts or sources were corrected. */
export type ChangeKind = 'added' | 'corrected';

/** A link's latest change, as `/changes` and its feed list it. */
export interface Change {
	id: string;
	title: string;
	summary: string;
	kind: ChangeKind;
	/** The day of the change, `YYYY-MM-DD`: the link's `updated` day. */
	day: string;
	/** The day the link entered the record. */
	added: string;
}

/** How many changes `/changes` and its feed list: the newest, enough to catch up on weeks of work. */
export const CHANGES_LIMIT = 100;

/**
 * Each link's latest change, newest first (links changed the same day by id): corrected when it
 * was updated after the day it was added, else added. A correction stands for the link, so a feed
 * reader sees one entry per link, updated in place.
 */
export function recentChanges(links: readonly Link[], limit = CHANGES_LIMIT): Change[] {
	return links
		.map((link): Change => ({
			id: link.id,
			title: link.title,
			summary: link.summary,
			kind: link.updated > link.added ? 'corrected' : 'added',
			day: link.updated,
			added: link.added
		}))
		.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.id < b.id ? -1 : 1))
		.slice(0, limit);
}

/** Changes by day, in the order given: the page's sections. */
export function changesByDay(changes: readonly Change[]): { day: string; changes: Change[] }[] {
	const days: { day: string; changes: Change[] }[] = [];
	for (const change of changes) {
		const last = days.at(-1);
		if (last?.day === change.day) last.changes.push(change);
		else days.push({ day: change.day, changes: [change] });
	}
	return days;
}

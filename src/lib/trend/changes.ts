import { comparePartialDates, yearOf } from '../data/dates';
import { involves, linkParties } from '../data/filter';
import type { ActorId, Link } from '../data/types';
import { compareIds } from '../data/order';

/** A span of years the changes are grouped by, e.g. 1991–1995. */
export interface Period {
	first: number;
	last: number;
}

/** What changed in an actor's ties in one period: the ties formed and the ties ended or broken. */
export interface PeriodChanges extends Period {
	formed: Link[];
	/** Ties that ended (a link whose end falls in the period) or broke (a conflict that began in it). */
	ended: Link[];
}

/** Five-year periods from `first` (1991–1995, 1996–2000, ...), the last one cut at `last`. */
export function fiveYearPeriods(first: number, last: number): Period[] {
	const periods: Period[] = [];
	for (let year = first; year <= last; year += 5)
		periods.push({ first: year, last: Math.min(last, year + 4) });
	return periods;
}

/** A link that lasts beyond its first day: a tie that can end, not an event. */
function lasts(link: Link): boolean {
	return link.end === null || link.end !== link.start;
}

/**
 * An actor's ties formed and ended, period by period, newest first within each list. A tie is
 * formed when a link other than a conflict starts; it ends when a lasting link's end falls in the
 * period; it breaks when a conflict (a war, a rupture, a suspension, a sanction) starts. One-day
 * events (a summit) count as formed, and never as ended.
 */
export function changesByPeriod(
	links: readonly Link[],
	actor: ActorId,
	periods: readonly Period[]
): PeriodChanges[] {
	const mine = links.filter((link) => involves(link, actor));
	const within = (year: number, { first, last }: Period) => year >= first && year <= last;
	const newestFirst = (a: Link, b: Link) =>
		comparePartialDates(b.end ?? b.start, a.end ?? a.start) || compareIds(a.id, b.id);
	return periods.map((period) => ({
		...period,
		formed: mine
			.filter((l) => l.type !== 'conflict' && within(yearOf(l.start), period))
			.sort((a, b) => comparePartialDates(b.start, a.start) || compareIds(a.id, b.id)),
		ended: mine
			.filter(
				(l) =>
					(l.type === 'conflict' && within(yearOf(l.start), period)) ||
					(l.type !== 'conflict' && l.end !== null && lasts(l) && within(yearOf(l.end), period))
			)
			.sort(newestFirst)
	}));
}

/** An actor's partners, by how many links they share with it, most first; ties by name. */
export function partnersByLinks(
	links: readonly Link[],
	actor: ActorId,
	nameOf: (id: ActorId) => string
): { id: ActorId; links: number }[] {
	const counts = new Map<ActorId, number>();
	for (const link of links)
		if (involves(link, actor))
			for (const partner of new Set(linkParties(link)))
				if (partner !== actor) counts.set(partner, (counts.get(partner) ?? 0) + 1);
	return [...counts]
		.map(([id, n]) => ({ id, links: n }))
		.sort((a, b) => b.links - a.links || nameOf(a.id).localeCompare(nameOf(b.id)));
}

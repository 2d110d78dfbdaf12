import type { LinkCount } from './count';
import { yearOf } from './dates';
import { isDirected } from './link-types';
import type { ActorId, LinkCore, LinkFields, LinkTypeId } from './types';

/** The part of the view state that decides which links are shown. */
export interface LinkFilter {
	types: ReadonlySet<LinkTypeId>;
	/** First and last year shown, inclusive. */
	from: number;
	to: number;
}

/** Links that pass the filter: the stage between the dataset and the pair matrix. */
export type FilteredLinks<L extends LinkFields = LinkCore> = readonly L[];

/** The last year a link was in force; ongoing links count as in force through `currentYear`. */
export function lastYear(link: LinkFields, currentYear: number): number {
	return link.end === null ? Math.max(currentYear, yearOf(link.start)) : yearOf(link.end);
}

/** A link shows if it was in force at any time in the range. */
export function isInForceDuring(
	link: LinkFields,
	from: number,
	to: number,
	currentYear: number
): boolean {
	return yearOf(link.start) <= to && lastYear(link, currentYear) >= from;
}

export function filterLinks<L extends LinkFields>(
	links: readonly L[],
	{ types, from, to }: LinkFilter,
	currentYear: number
): FilteredLinks<L> {
	return links.filter((l) => types.has(l.type) && isInForceDuring(l, from, to, currentYear));
}

/** Every actor a link binds: `from`, `to` and any further `parties`, in that order. */
export function linkParties(link: Pick<LinkFields, 'from' | 'to' | 'parties'>): ActorId[] {
	return [link.from, link.to, ...(link.parties ?? [])];
}

/**
 * Calls `visit` for each pair a link binds, without building them. A directed link with further
 * parties keeps its direction from `from` to each other party; an undirected one binds every pair
 * of its parties.
 */
export function forEachPair(
	link: LinkFields,
	visit: (source: ActorId, target: ActorId, directed: boolean) => void
): void {
	const directed = isDirected(link.type);
	const parties = linkParties(link);
	if (directed) {
		for (let k = 1; k < parties.length; k++) visit(link.from, parties[k]!, true);
		return;
	}
	for (let i = 0; i < parties.length; i++)
		for (let j = i + 1; j < parties.length; j++) visit(parties[i]!, parties[j]!, false);
}

export function involves(link: LinkFields, actor: ActorId): boolean {
	return linkParties(link).includes(actor);
}

/**
 * How many links each actor takes part in, each link once: the count every accessible name,
 * tooltip and readout gives. (A chord arc is sized by pairs, which a link among three parties
 * counts three times.)
 */
export function linksPerActor(links: FilteredLinks<LinkFields>): Map<ActorId, LinkCount> {
	const counts = new Map<ActorId, LinkCount>();
	for (const link of links)
		for (const party of new Set(linkParties(link))) counts.set(party, (counts.get(party) ?? 0) + 1);
	return counts;
}

/** How many links of each type an actor takes part in. */
export function countByType(
	links: FilteredLinks<LinkFields>,
	actor: ActorId
): Partial<Record<LinkTypeId, number>> {
	const counts: Partial<Record<LinkTypeId, number>> = {};
	for (const link of links)
		if (involves(link, actor)) counts[link.type] = (counts[link.type] ?? 0) + 1;
	return counts;
}

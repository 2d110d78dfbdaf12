import { comparePartialDates } from './dates';
import { involves, linkParties } from './filter';
import { LINK_TYPES } from './link-types';
import type { ActorId, Link, LinkTypeId } from './types';
import { compareIds } from './order';

export interface PartnerGroup<L extends Link = Link> {
	/** The other parties of the links in this group, e.g. ['RUS'] or ['AZE', 'RUS'] for a format. */
	partners: ActorId[];
	byType: { type: LinkTypeId; links: L[] }[];
	count: number;
}

const newestFirst = (a: Link, b: Link) =>
	comparePartialDates(b.start, a.start) || compareIds(a.id, b.id);

/**
 * An actor's links grouped by partner (most links first), then by type (in the legend's order),
 * newest first within each type. A multilateral link is grouped under all its other parties.
 */
export function groupByPartner<L extends Link>(
	links: readonly L[],
	actor: ActorId
): PartnerGroup<L>[] {
	const groups = new Map<string, L[]>();
	for (const link of links) {
		if (!involves(link, actor)) continue;
		const partners = linkParties(link).filter((id) => id !== actor);
		const key = partners.join('+');
		const list = groups.get(key);
		if (list) list.push(link);
		else groups.set(key, [link]);
	}
	return [...groups]
		.map(([key, list]) => ({
			partners: key.split('+') as ActorId[],
			count: list.length,
			byType: LINK_TYPES.map((t) => ({
				type: t.id,
				links: list.filter((l) => l.type === t.id).sort(newestFirst)
			})).filter((g) => g.links.length > 0)
		}))
		.sort((a, b) => b.count - a.count || compareIds(a.partners.join(), b.partners.join()));
}

/**
 * Each group's `limit` newest links, in type order, with empty types left out: a pinned actor with
 * hundreds of links shows every partner at once without stalling the page. Counts stay whole.
 */
export function newestLinksOf<L extends Link>(
	groups: readonly PartnerGroup<L>[],
	limit: number
): PartnerGroup<L>[] {
	return groups.map((group) => {
		const kept = new Set(
			group.byType
				.flatMap((t) => t.links)
				.sort(newestFirst)
				.slice(0, limit)
		);
		const byType = group.byType
			.map(({ type, links }) => ({ type, links: links.filter((l) => kept.has(l)) }))
			.filter((t) => t.links.length > 0);
		return { ...group, byType };
	});
}

/** How many links the groups hold, a multilateral link under several partners counted once. */
export function distinctLinkCount(groups: readonly PartnerGroup[]): number {
	return new Set(groups.flatMap((g) => g.byType.flatMap((t) => t.links))).size;
}

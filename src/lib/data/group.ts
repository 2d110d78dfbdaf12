import { comparePartialDates } from './dates';
import { involves, linkParties } from './filter';
import { LINK_TYPES } from './link-types';
import type { ActorId, Link, LinkTypeId } from './types';

export interface PartnerGroup {
	/** The other parties of the links in this group, e.g. ['RUS'] or ['AZE', 'RUS'] for a format. */
	partners: ActorId[];
	byType: { type: LinkTypeId; links: Link[] }[];
	count: number;
}

/**
 * An actor's links grouped by partner (most links first), then by type (in the legend's order),
 * newest first within each type. A multilateral link is grouped under all its other parties.
 */
export function groupByPartner(links: readonly Link[], actor: ActorId): PartnerGroup[] {
	const groups = new Map<string, Link[]>();
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
				links: list
					.filter((l) => l.type === t.id)
					.sort((a, b) => comparePartialDates(b.start, a.start) || a.id.localeCompare(b.id))
			})).filter((g) => g.links.length > 0)
		}))
		.sort((a, b) => b.count - a.count || a.partners.join().localeCompare(b.partners.join()));
}

/**
 * The first `limit` links of the groups, in their order, with empty groups and types left out:
 * a pinned actor with thousands of links must not stall the page. Counts stay whole.
 */
export function firstLinksOf(groups: readonly PartnerGroup[], limit: number): PartnerGroup[] {
	let left = limit;
	const kept: PartnerGroup[] = [];
	for (const group of groups) {
		if (left <= 0) break;
		const byType = group.byType
			.map(({ type, links }) => {
				const shown = links.slice(0, Math.max(0, left));
				left -= shown.length;
				return { type, links: shown };
			})
			.filter((t) => t.links.length > 0);
		kept.push({ ...group, byType });
	}
	return kept;
}

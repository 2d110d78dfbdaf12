import type { ActorNames } from '../data/actor-names';
import { linkPeriod } from '../data/dates';
import { linkParties } from '../data/filter';
import { LINK_TYPES, LINK_TYPES_BY_ID } from '../data/link-types';
import type { Link, LinkTypeId, Source } from '../data/types';
import { compareIds } from '../data/order';

/** One link as the table shows it: the text alternative to the map and the chord. */
export interface TableRow {
	id: string;
	actor: string;
	partner: string;
	type: LinkTypeId;
	typeLabel: string;
	start: string;
	years: string;
	title: string;
	sources: Source[];
}

export const SORT_KEYS = ['actor', 'partner', 'type', 'years', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface TableSort {
	key: SortKey;
	descending: boolean;
}

export function tableRow(link: Link, names: ActorNames): TableRow {
	return {
		id: link.id,
		actor: names.name(link.from),
		partner: linkParties(link).slice(1).map(names.name).join(', '),
		type: link.type,
		typeLabel: LINK_TYPES_BY_ID.get(link.type)?.label ?? link.type,
		start: link.start,
		years: linkPeriod(link),
		title: link.title,
		sources: link.sources
	};
}

const TYPE_ORDER = new Map(LINK_TYPES.map((t, i) => [t.id, i]));
const compare: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
	actor: (a, b) => a.actor.localeCompare(b.actor),
	partner: (a, b) => a.partner.localeCompare(b.partner),
	type: (a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!,
	years: (a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
	title: (a, b) => a.title.localeCompare(b.title)
};

/** Sorted by one column; ties keep a stable order by id. */
export function sortRows(rows: readonly TableRow[], { key, descending }: TableSort): TableRow[] {
	const sign = descending ? -1 : 1;
	return [...rows].sort((a, b) => sign * compare[key](a, b) || compareIds(a.id, b.id));
}

/** Rows where every word of the query appears in some column (case-insensitive). */
export function searchRows(rows: readonly TableRow[], query: string): TableRow[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...rows];
	return rows.filter((row) => {
		const text = [
			row.actor,
			row.partner,
			row.typeLabel,
			row.years,
			row.title,
			...row.sources.map((s) => s.publisher)
		]
			.join(' ')
			.toLowerCase();
		return words.every((w) => text.includes(w));
	});
}

/** Rows rendered before "Show all": keeps the page light at any data size. */
export const ROW_LIMIT = 100;

/** The rows to render: all when asked or when few, else the first `limit`. */
export function visibleRows<T>(
	rows: readonly T[],
	showAll: boolean,
	limit = ROW_LIMIT
): readonly T[] {
	return showAll || rows.length <= limit ? rows : rows.slice(0, limit);
}

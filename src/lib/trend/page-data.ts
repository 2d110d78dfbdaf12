import { linkCore } from '../data/details';
import { linkParties } from '../data/filter';
import { LINK_TYPE_IDS, SOUTH_CAUCASUS } from '../data/vocabulary';
import type { Actor, ActorId, Dataset, Link, LinkTypeId } from '../data/types';
import { FIRST_YEAR, lastYearOf } from '../data/years';
import { fiveYearSpans, recallBySpan, thinYears } from '../data/recall';
import type { ChronologyFile } from '../data/schema';
import { changesByPeriod, fiveYearPeriods, partnersByLinks, type PeriodChanges } from './changes';
import { seriesScale } from './layout';
import {
	groupRows,
	stateRows,
	trendSeries,
	withTies,
	type TrendData,
	type TrendOptions,
	type TrendRows,
	type TrendScale
} from './series';

/** The years every trend covers: independence to the data's year. */
export function trendYears(dataset: Dataset): TrendOptions {
	const last = lastYearOf(dataset.version);
	return { first: FIRST_YEAR, last, currentYear: last };
}

/** Whether an actor is one of the three states, whose rows are partner groups. */
export function isState(id: ActorId): boolean {
	return (SOUTH_CAUCASUS as readonly string[]).includes(id);
}

function rowsFor(dataset: Dataset, id: ActorId): TrendRows {
	const actors = new Map(dataset.actors.map((a) => [a.id, a]));
	return isState(id)
		? groupRows(dataset.groups, (partner) => actors.get(partner)?.group)
		: stateRows((state) => actors.get(state)?.name ?? state);
}

/**
 * What an actor's trend chart is built from. `rowKeys` keeps the same rows across charts that are
 * compared (the three states); otherwise the rows are those with any link. `scale` is shared.
 * `chronologies` measure how well each span is recorded: a state's own, or all for a partner.
 */
export function trendData(
	dataset: Dataset,
	id: ActorId,
	{
		rowKeys,
		scale,
		chronologies = []
	}: {
		rowKeys?: readonly string[];
		scale?: TrendScale;
		chronologies?: readonly ChronologyFile[];
	} = {}
): TrendData {
	const rows = rowsFor(dataset, id);
	const years = trendYears(dataset);
	const links = dataset.links.filter((link) => linkParties(link).includes(id));
	const series = withTies(trendSeries(links, id, rows, years));
	const recall = recallBySpan(
		chronologies,
		fiveYearSpans(years.last, years.first),
		isState(id) ? id : undefined
	);
	const keys = rowKeys ?? series.rows.map((row) => row.key);
	const rowOf: Record<ActorId, string> = {};
	for (const link of links)
		for (const partner of linkParties(link)) {
			const key = rows.rowOf(partner);
			if (partner !== id && key !== null) rowOf[partner] = key;
		}
	return {
		actor: id,
		links: links.map(linkCore),
		rowKind: isState(id) ? 'group' : 'state',
		rows: rows.keys.filter(({ key }) => keys.includes(key)),
		rowOf,
		years,
		recall,
		thin: thinYears(recall, years.first, years.last),
		scale: scale ?? seriesScale(series)
	};
}

/** The three states' trends on one scale and with the same rows: the realignment in one picture. */
export function statesTrendData(
	dataset: Dataset,
	chronologies: readonly ChronologyFile[] = []
): TrendData[] {
	const single = SOUTH_CAUCASUS.map((id) => trendData(dataset, id, { chronologies }));
	const rowKeys = dataset.groups
		.map((g) => g.id)
		.filter((key) => single.some((data) => data.rows.some((row) => row.key === key)));
	const scale = {
		ties: Math.max(...single.map((data) => data.scale.ties)),
		conflicts: Math.max(...single.map((data) => data.scale.conflicts))
	};
	return SOUTH_CAUCASUS.map((id) => trendData(dataset, id, { rowKeys, scale, chronologies }));
}

/** Every actor with at least one link: the ones that get a page. */
export function actorsWithLinks(dataset: Dataset): Actor[] {
	const bound = new Set(dataset.links.flatMap(linkParties));
	return dataset.actors.filter((actor) => bound.has(actor.id));
}

/** Everything an actor's page shows about its links, besides the trend. */
export interface ActorSummary {
	actor: Actor;
	/** The actor's links, newest first. */
	links: Link[];
	byType: { type: LinkTypeId; links: number }[];
	firstYear: number;
	lastYear: number;
	partners: { id: ActorId; name: string; links: number; hasPage: boolean }[];
	/** Newest period first. */
	changes: PeriodChanges[];
}

export function actorSummary(dataset: Dataset, id: ActorId): ActorSummary {
	const actor = dataset.actors.find((a) => a.id === id)!;
	const links = dataset.links
		.filter((link) => linkParties(link).includes(id))
		.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.id.localeCompare(b.id)));
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	const withPages = new Set(actorsWithLinks(dataset).map((a) => a.id));
	const years = trendYears(dataset);
	// A link may run past the data's year (a base leased to 2044): the page speaks of what has been.
	const starts = links.map((l) => Number(l.start.slice(0, 4)));
	const ends = links.map((l) =>
		l.end === null ? years.last : Math.min(years.last, Number(l.end.slice(0, 4)))
	);
	return {
		actor,
		links,
		byType: LINK_TYPE_IDS.map((type) => ({
			type,
			links: links.filter((l) => l.type === type).length
		})).filter((t) => t.links > 0),
		firstYear: Math.min(...starts),
		lastYear: Math.max(...ends),
		partners: partnersByLinks(links, id, (p) => names.get(p) ?? p).map((p) => ({
			...p,
			name: names.get(p.id) ?? p.id,
			hasPage: withPages.has(p.id)
		})),
		changes: changesByPeriod(links, id, fiveYearPeriods(years.first, years.last)).reverse()
	};
}

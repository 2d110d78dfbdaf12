import type { SpanRecall } from '../data/recall';
import { yearOf } from '../data/dates';
import { lastYear, linkParties } from '../data/filter';
import type { ActorId, LinkCore, LinkFields } from '../data/types';
import { SOUTH_CAUCASUS } from '../data/vocabulary';

/** One row of a trend: links in force per year with one partner group, or with one of the states. */
export interface TrendRow {
	/** A group id, or a state's actor id on a partner's page. */
	key: string;
	name: string;
	/** Ties (links of every type but conflict) in force in each year of `TrendSeries.years`. */
	values: number[];
	/** Conflicts (wars, ruptures, suspensions, sanctions) in force in each year. */
	conflicts: number[];
}

/**
 * Years x rows -> ties and conflicts in force: the stage between an actor's links and its trend
 * chart. A link counts in a year when it was in force at any time in it, once in each row it
 * binds the actor to; a conflict counts apart from the ties, so a rupture is not read as a tie.
 */
export interface TrendSeries {
	actor: ActorId;
	years: number[];
	rows: TrendRow[];
	/** Ties in force in each year, each counted once: a row's values never exceed it. */
	totals: number[];
	/** Conflicts in force in each year, each counted once. */
	conflictTotals: number[];
}

export interface TrendOptions {
	/** First and last year, inclusive. */
	first: number;
	last: number;
	/** The year through which links without an end count as in force. */
	currentYear: number;
}

/** A way to sort an actor's partners into rows, in the rows' order. */
export interface TrendRows {
	keys: readonly { key: string; name: string }[];
	/** The row a partner falls in, or null for a partner no row counts. */
	rowOf: (partner: ActorId) => string | null;
}

/**
 * An actor's ties in force per year by row. For Armenia, Azerbaijan and Georgia the rows are the
 * partner groups (Russia and its blocs, the EU and Europe, ...); for any other actor they are the
 * three states, so a partner's page shows which of them it is tied to. A partner in no row (or in a
 * row left out) counts in the totals only.
 */
export function trendSeries(
	links: readonly LinkFields[],
	actor: ActorId,
	rows: TrendRows,
	{ first, last, currentYear }: TrendOptions
): TrendSeries {
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const index = new Map(rows.keys.map(({ key }, i) => [key, i]));
	const ties = rows.keys.map(() => years.map(() => 0));
	const conflicts = rows.keys.map(() => years.map(() => 0));
	const [tieTotals, conflictTotals] = [years.map(() => 0), years.map(() => 0)];
	for (const link of links) {
		const parties = linkParties(link);
		if (!parties.includes(actor)) continue;
		const keys = new Set(
			parties
				.filter((p) => p !== actor)
				.map((p) => rows.rowOf(p))
				.filter((k): k is string => k !== null && index.has(k))
		);
		const [values, totals] =
			link.type === 'conflict' ? [conflicts, conflictTotals] : [ties, tieTotals];
		const from = Math.max(first, yearOf(link.start));
		const to = Math.min(last, lastYear(link, currentYear));
		for (let y = from; y <= to; y++) {
			totals[y - first]! += 1;
			for (const key of keys) values[index.get(key)!]![y - first]! += 1;
		}
	}
	return {
		actor,
		years,
		rows: rows.keys.map(({ key, name }, i) => ({
			key,
			name,
			values: ties[i]!,
			conflicts: conflicts[i]!
		})),
		totals: tieTotals,
		conflictTotals
	};
}

/** Rows by partner group, for the three states: every group, in the groups' order. */
export function groupRows(
	groups: readonly { id: string; name: string }[],
	groupOf: (actor: ActorId) => string | undefined
): TrendRows {
	return {
		keys: groups.map((g) => ({ key: g.id, name: g.name })),
		rowOf: (partner) => groupOf(partner) ?? null
	};
}

/** Rows by state, for a partner: its ties with Armenia, Azerbaijan and Georgia. */
export function stateRows(nameOf: (actor: ActorId) => string): TrendRows {
	return {
		keys: SOUTH_CAUCASUS.map((id) => ({ key: id, name: nameOf(id) })),
		rowOf: (partner) => ((SOUTH_CAUCASUS as readonly string[]).includes(partner) ? partner : null)
	};
}

/** Leaves out the rows with neither a tie nor a conflict in any year. */
export function withTies(series: TrendSeries): TrendSeries {
	return {
		...series,
		rows: series.rows.filter((row) => [...row.values, ...row.conflicts].some((v) => v > 0))
	};
}

/** What a trend chart is built from: prepared at build time, fixed for the page's life. */
export interface TrendData {
	actor: ActorId;
	/** The actor's links (their cores: what counting needs). */
	links: LinkCore[];
	/** What the rows are: partner groups (for the three states) or the states (for a partner). */
	rowKind: 'group' | 'state';
	/** The chart's rows, in order. */
	rows: { key: string; name: string }[];
	/** The row each partner of the actor falls in. */
	rowOf: Record<ActorId, string>;
	years: TrendOptions;
	/** Recall of the reference chronologies per five-year span (the actor's own, for a state). */
	recall: SpanRecall[];
	/** Which years fall in a span recorded thinly: recall below `THIN_RECALL`. */
	thin: boolean[];
	/** The shared scale: the same for every chart meant to be compared. */
	scale: TrendScale;
}

/** How far a chart's rows reach: the most ties, and the most conflicts, in any row and year. */
export interface TrendScale {
	ties: number;
	conflicts: number;
}

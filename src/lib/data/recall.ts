/**
 * How much of what others list the record holds: the recall of the reference chronologies in
 * `data/coverage/`. An item is in scope unless it says why not (`out`); it is recorded when it
 * names the links that record it. Counts only, per span of years and per state.
 */
import { yearOf } from './dates';
import type { ChronologyFile } from './schema';
import type { ActorId } from './types';
import { FIRST_YEAR } from './years';

/** Recall over a span of years: `recall` is null when no chronology lists an item in scope there. */
export interface SpanRecall {
	/** The span as a reader writes it: `1991–1995`, or one year. */
	span: string;
	from: number;
	to: number;
	/** Items in scope dated in the span. */
	items: number;
	/** Of those, the items that links of the record record. */
	recorded: number;
	/** `recorded / items`, or null with no item. */
	recall: number | null;
}

/** Five-year spans from independence to `lastYear`, the last one cut short. */
export function fiveYearSpans(
	lastYear: number,
	first = FIRST_YEAR
): { from: number; to: number }[] {
	const spans = [];
	for (let from = first; from <= lastYear; from += 5)
		spans.push({ from, to: Math.min(from + 4, lastYear) });
	return spans;
}

/**
 * Recall per span over the chronologies (those of `state`, when given: a chronology counts for
 * each of the states it covers).
 */
export function recallBySpan(
	chronologies: readonly ChronologyFile[],
	spans: readonly { from: number; to: number }[],
	state?: ActorId
): SpanRecall[] {
	const items = chronologies
		.filter((c) => state === undefined || (c.states as readonly string[]).includes(state))
		.flatMap((c) => c.items)
		.filter((item) => item.out === undefined);
	return spans.map(({ from, to }) => {
		const within = items.filter((item) => yearOf(item.date) >= from && yearOf(item.date) <= to);
		const recorded = within.filter((item) => (item.links?.length ?? 0) > 0).length;
		return {
			span: from === to ? String(from) : `${from}–${to}`,
			from,
			to,
			items: within.length,
			recorded,
			recall: within.length === 0 ? null : recorded / within.length
		};
	});
}

/** Below this recall a span is thinly recorded, and the actor pages shade it and say so. */
export const THIN_RECALL = 0.8;

/** Fewer in-scope items than this in a span measure nothing: one missed item would be 50%. */
export const MIN_RECALL_ITEMS = 5;

/** Whether a span's recall rests on enough items to judge it. */
export function isMeasured(span: SpanRecall): span is SpanRecall & { recall: number } {
	return span.recall !== null && span.items >= MIN_RECALL_ITEMS;
}

/**
 * The years of `first`..`last` that fall in a span whose measured recall is below `THIN_RECALL`;
 * a span with too few items is not judged.
 */
export function thinYears(recalls: readonly SpanRecall[], first: number, last: number): boolean[] {
	return Array.from({ length: last - first + 1 }, (_, i) => {
		const year = first + i;
		const span = recalls.find((r) => year >= r.from && year <= r.to);
		return span !== undefined && isMeasured(span) && span.recall < THIN_RECALL;
	});
}

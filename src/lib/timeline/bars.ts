import { yearOf } from '../data/dates';
import { lastYear } from '../data/filter';
import { LINK_TYPES } from '../data/link-types';
import type { LinkFields, LinkTypeId } from '../data/types';

/** How many links of each type were in force in each year, `first` to `last`. */
export function countsByYear(
	links: readonly LinkFields[],
	first: number,
	last: number,
	currentYear: number
): Record<LinkTypeId, number>[] {
	const years = Array.from(
		{ length: last - first + 1 },
		() => Object.fromEntries(LINK_TYPES.map((t) => [t.id, 0])) as Record<LinkTypeId, number>
	);
	for (const link of links) {
		const from = Math.max(first, yearOf(link.start));
		const to = Math.min(last, lastYear(link, currentYear));
		for (let y = from; y <= to; y++) years[y - first]![link.type] += 1;
	}
	return years;
}

/** The dashboard's timeline in its own units. */
export const TIMELINE_SIZE = { width: 360, height: 48, gap: 1 };

/** One link type's share of the stacked bars, as one path: a rectangle for each year it has. */
export interface TimelineLayer {
	type: LinkTypeId;
	d: string;
}

/**
 * Stacked bars, one column a year, types stacked in legend order from the bottom, scaled to the
 * busiest year. One path per type keeps the chart to seven elements however many years it spans.
 * Each bar after the first moves from the one before (`z` returns to a bar's corner): small
 * relative numbers, which make the prerendered page's timeline a third lighter gzipped.
 */
export function timelineLayers(
	counts: Record<LinkTypeId, number>[],
	{ width, height, gap }: { width: number; height: number; gap: number }
): TimelineLayer[] {
	const max = Math.max(1, ...counts.map((c) => LINK_TYPES.reduce((s, t) => s + c[t.id], 0)));
	const column = width / counts.length;
	const round = (v: number) => Math.round(v * 10) / 10;
	const tops = counts.map(() => height);
	const bar = round(column - gap);
	return LINK_TYPES.map((t) => {
		let d = '';
		let px = 0;
		let py = 0;
		counts.forEach((c, i) => {
			if (c[t.id] === 0) return;
			const h = (c[t.id] / max) * height;
			tops[i]! -= h;
			const x = round(i * column + gap / 2);
			const y = round(tops[i]!);
			// Between rounded corners, so that the moves add up to the corners exactly.
			d += `${d ? 'm' : 'M'}${round(x - px)},${round(y - py)}h${bar}v${round(h)}h${-bar}z`;
			px = x;
			py = y;
		});
		return { type: t.id, d };
	}).filter((layer) => layer.d);
}

/** The spans of the chart (x and width) over the years before `from` and after `to`. */
export function outsideSpans(
	first: number,
	last: number,
	{ from, to }: { from: number; to: number },
	width: number
): { x: number; width: number }[] {
	const column = width / (last - first + 1);
	const before = (from - first) * column;
	const after = (to - first + 1) * column;
	return [
		{ x: 0, width: before },
		{ x: after, width: width - after }
	].filter((span) => span.width > 0);
}

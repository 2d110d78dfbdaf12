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

export interface TimelineBar {
	key: string;
	year: number;
	type: LinkTypeId;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Stacked bars, one column a year, types stacked in legend order from the bottom. */
export function timelineBars(
	counts: Record<LinkTypeId, number>[],
	first: number,
	{ width, height, gap }: { width: number; height: number; gap: number }
): TimelineBar[] {
	const max = Math.max(1, ...counts.map((c) => LINK_TYPES.reduce((s, t) => s + c[t.id], 0)));
	const column = width / counts.length;
	const round = (v: number) => Math.round(v * 10) / 10;
	return counts.flatMap((c, i) => {
		let top = height;
		return LINK_TYPES.filter((t) => c[t.id] > 0).map((t) => {
			const h = (c[t.id] / max) * height;
			top -= h;
			return {
				key: `${first + i}-${t.id}`,
				year: first + i,
				type: t.id,
				x: round(i * column + gap / 2),
				y: round(top),
				width: round(column - gap),
				height: round(h)
			};
		});
	});
}

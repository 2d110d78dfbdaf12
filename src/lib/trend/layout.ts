import type { TrendScale, TrendSeries } from './series';

/**
 * One small multiple: a row's ties in force per year as steps above its baseline, and its
 * conflicts as steps below it, both on the shared scale.
 */
/** A year labelled under the plots, anchored so that the first and last stay inside the chart. */
export interface TrendTick {
	year: number;
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface TrendRowItem {
	key: string;
	name: string;
	/** Top of the ties' plot, the baseline, and the bottom of the conflicts' plot. */
	top: number;
	baseline: number;
	bottom: number;
	/** Where the row's name sits (its text baseline). */
	labelY: number;
	/** The ties, one step a year, above the baseline. */
	d: string;
	/** The conflicts, one step a year, below the baseline; empty when the row has none. */
	conflictD: string;
	/** The most ties in force in any one year, and the first year it was reached. */
	peak: { value: number; year: number };
	/** The most conflicts in force in any one year. */
	conflictPeak: number;
}

/** A year's column: where the chart answers a pointer or a key for that year. */
export interface TrendColumn {
	year: number;
	x: number;
	width: number;
}

/** TrendSeries -> TrendLayout: everything the chart draws, in its own units. */
export interface TrendLayout {
	width: number;
	height: number;
	/** Left and right edges of the plots. */
	x0: number;
	x1: number;
	rows: TrendRowItem[];
	columns: TrendColumn[];
	/** Year labels under the last row. */
	ticks: TrendTick[];
	/** A round number of ties drawn as a faint line in every row, with its height above the baseline. */
	grid: { value: number; dy: number } | null;
	/** Spans of thinly recorded years, over all the rows. */
	thin: { x: number; width: number }[];
	/** Where the year labels sit. */
	tickY: number;
}

export interface TrendGeometry {
	width: number;
	/** Height of the ties' plot in each row; conflicts take the same units below. */
	rowHeight: number;
	/** Space above each plot for the row's name. */
	labelHeight: number;
	/** Space between rows. */
	gap: number;
	/** Left padding of the plots; the right one holds the grid line's label. */
	padding: number;
	right: number;
	/** Space under the last row for the year labels. */
	axisHeight: number;
}

export const TREND_GEOMETRY: TrendGeometry = {
	width: 560,
	rowHeight: 40,
	labelHeight: 17,
	gap: 8,
	padding: 4,
	right: 22,
	axisHeight: 18
};

const round = (v: number) => Math.round(v * 10) / 10;

/** A round step for a grid line well inside `max`: 1, 2, 5, 10, 20, 50, ... */
export function gridStep(max: number): number | null {
	if (max < 2) return null;
	const target = max * 0.6;
	const power = 10 ** Math.floor(Math.log10(target));
	return [5, 2, 1].map((m) => m * power).find((s) => s <= target)!;
}

/** How far a series reaches: what a shared scale must hold. */
export function seriesScale(series: TrendSeries): TrendScale {
	return {
		ties: Math.max(0, ...series.rows.flatMap((r) => r.values)),
		conflicts: Math.max(0, ...series.rows.flatMap((r) => r.conflicts))
	};
}

/** Steps along `values` from the baseline, up (sign -1) or down (sign 1), closed back to it. */
function steps(
	values: readonly number[],
	xAt: (i: number) => number,
	baseline: number,
	unit: number,
	sign: 1 | -1
): string {
	let d = `M${xAt(0)},${baseline}`;
	values.forEach((v, i) => (d += `V${round(baseline + sign * v * unit)}H${xAt(i + 1)}`));
	return `${d}V${baseline}Z`;
}

/**
 * Lays out a trend as small multiples, one row per group on a shared scale, so that a reader can
 * compare rows (Russia against the EU) and, with the same `scale`, charts (Armenia against
 * Georgia). Ties rise above each row's baseline and conflicts fall below it, in the same units, so
 * a rupture is never read as a tie. `thin` marks the years the record covers thinly.
 */
export function layoutTrend(
	series: TrendSeries,
	scale: TrendScale,
	thin: readonly boolean[] = [],
	geometry: TrendGeometry = TREND_GEOMETRY
): TrendLayout {
	const { width, rowHeight, labelHeight, gap, padding, right, axisHeight } = geometry;
	const [x0, x1] = [padding, width - right];
	const n = series.years.length;
	const column = (x1 - x0) / n;
	const xAt = (i: number) => round(x0 + i * column);
	const unit = rowHeight / Math.max(1, scale.ties);
	const below = round(scale.conflicts * unit);

	let y = 0;
	const rows = series.rows.map((row): TrendRowItem => {
		const top = y + labelHeight;
		const baseline = top + rowHeight;
		y = baseline + below + gap;
		const value = Math.max(0, ...row.values);
		const conflictPeak = Math.max(0, ...row.conflicts);
		return {
			key: row.key,
			name: row.name,
			top,
			baseline,
			bottom: round(baseline + below),
			labelY: top - 5,
			d: steps(row.values, xAt, baseline, unit, -1),
			conflictD: conflictPeak > 0 ? steps(row.conflicts, xAt, baseline, unit, 1) : '',
			peak: { value, year: series.years[row.values.indexOf(value)]! },
			conflictPeak
		};
	});
	const plotsEnd = round(y - gap);
	const step = gridStep(scale.ties);

	const thinSpans: { x: number; width: number }[] = [];
	thin.forEach((isThin, i) => {
		if (!isThin || i >= n) return;
		const last = thinSpans.at(-1);
		if (last && round(last.x + last.width) === xAt(i)) last.width = round(xAt(i + 1) - last.x);
		else thinSpans.push({ x: xAt(i), width: round(xAt(i + 1) - xAt(i)) });
	});

	return {
		width,
		height: round(plotsEnd + axisHeight),
		x0,
		x1,
		rows,
		columns: series.years.map((year, i) => ({ year, x: xAt(i), width: round(column) })),
		// The first and last years end at the plots' edges rather than run past the chart's.
		ticks: series.years
			.map((year, i): TrendTick =>
				i === 0
					? { year, x: x0, anchor: 'start' }
					: i === n - 1
						? { year, x: x1, anchor: 'end' }
						: { year, x: round(x0 + (i + 0.5) * column), anchor: 'middle' }
			)
			.filter(
				({ year }, i) => i === 0 || i === n - 1 || (year % 5 === 0 && i > 2 && n - 1 - i > 2)
			),
		grid: step === null ? null : { value: step, dy: round(step * unit) },
		thin: thinSpans,
		tickY: round(plotsEnd + axisHeight - 5)
	};
}

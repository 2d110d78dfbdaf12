import { describe, expect, it } from 'vitest';
import { gridStep, layoutTrend, seriesScale } from './layout';
import type { TrendSeries } from './series';

const SERIES: TrendSeries = {
	actor: 'ARM',
	years: [2000, 2001, 2002, 2003],
	rows: [
		{
			key: 'russia-bloc',
			name: 'Russia and its blocs',
			values: [4, 4, 2, 0],
			conflicts: [0, 0, 1, 2]
		},
		{ key: 'europe', name: 'The EU and Europe', values: [0, 1, 2, 4], conflicts: [0, 0, 0, 0] }
	],
	totals: [4, 5, 4, 4],
	conflictTotals: [0, 0, 1, 2]
};
// Plots from x=4 to x=104 (4 columns of 25), 40 units for 4 ties: 10 units a link.
const GEOMETRY = {
	width: 126,
	rowHeight: 40,
	labelHeight: 17,
	gap: 8,
	padding: 4,
	right: 22,
	axisHeight: 18
};

describe('layoutTrend', () => {
	const layout = layoutTrend(
		SERIES,
		{ ties: 4, conflicts: 2 },
		[true, true, false, false],
		GEOMETRY
	);

	it('stacks the rows, each with its name above, ties over its baseline and room for conflicts under it', () => {
		expect(
			layout.rows.map(({ key, labelY, top, baseline, bottom }) => [
				key,
				labelY,
				top,
				baseline,
				bottom
			])
		).toEqual([
			['russia-bloc', 12, 17, 57, 77],
			['europe', 97, 102, 142, 162]
		]);
		expect(layout.height).toBe(162 + 18);
		expect(layout.tickY).toBe(175);
	});

	it('draws ties as steps up and conflicts as steps down, a year each, in the same units', () => {
		expect(layout.rows[0]!.d).toBe('M4,57V17H29V17H54V37H79V57H104V57Z');
		expect(layout.rows[0]!.conflictD).toBe('M4,57V57H29V57H54V67H79V77H104V57Z');
		expect(layout.rows[1]!.d).toBe('M4,142V142H29V132H54V122H79V102H104V142Z');
		expect(layout.rows[1]!.conflictD).toBe('');
		expect(layout.rows.map((r) => [r.peak, r.conflictPeak])).toEqual([
			[{ value: 4, year: 2000 }, 2],
			[{ value: 4, year: 2003 }, 0]
		]);
	});

	it('gives every year a column and labels the ends', () => {
		expect(layout.columns).toEqual([
			{ year: 2000, x: 4, width: 25 },
			{ year: 2001, x: 29, width: 25 },
			{ year: 2002, x: 54, width: 25 },
			{ year: 2003, x: 79, width: 25 }
		]);
		// The ends are anchored at the plots' edges, so their labels stay inside the chart.
		expect(layout.ticks).toEqual([
			{ year: 2000, x: 4, anchor: 'start' },
			{ year: 2003, x: 104, anchor: 'end' }
		]);
	});

	it('joins thinly recorded years into spans', () => {
		expect(layout.thin).toEqual([{ x: 4, width: 50 }]);
	});

	it('uses the scale it is given, so that charts side by side compare', () => {
		const shared = layoutTrend(SERIES, { ties: 8, conflicts: 2 }, [], GEOMETRY);
		expect(shared.rows[0]!.d).toBe('M4,57V37H29V37H54V47H79V57H104V57Z');
		expect(shared.rows[0]!.bottom).toBe(67);
		expect(shared.grid).toEqual({ value: 2, dy: 10 });
	});
});

describe('gridStep and seriesScale', () => {
	it('picks a round step within the scale', () => {
		expect([1, 2, 4, 9, 17, 40, 130].map(gridStep)).toEqual([null, 1, 2, 5, 10, 20, 50]);
	});

	it('finds how far ties and conflicts reach in any row', () => {
		expect(seriesScale(SERIES)).toEqual({ ties: 4, conflicts: 2 });
	});
});

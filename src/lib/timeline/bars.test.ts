import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { countsByYear, outsideSpans, timelineLayers } from './bars';

const links = [
	fixtureLink({ id: 'a', type: 'arms', start: '2019-05', end: '2021' }),
	fixtureLink({ id: 'b', type: 'treaty', start: '2020', end: null }),
	fixtureLink({ id: 'c', type: 'treaty', start: '1988', end: '2018' })
];

describe('countsByYear', () => {
	const counts = countsByYear(links, 2018, 2022, 2022);

	it('counts each link in every year it was in force, ongoing ones through the current year', () => {
		expect(counts.map((c) => c.arms)).toEqual([0, 1, 1, 1, 0]);
		expect(counts.map((c) => c.treaty)).toEqual([1, 0, 1, 1, 1]);
	});
});

describe('timelineLayers', () => {
	it('stacks types from the bottom in one path each, scaled to the busiest year', () => {
		const layers = timelineLayers(countsByYear(links, 2018, 2022, 2022), {
			width: 50,
			height: 20,
			gap: 2
		});
		expect(layers).toEqual([
			{
				type: 'arms',
				d: 'M11,10h8v10h-8zm10,0h8v10h-8zm10,0h8v10h-8z'
			},
			{
				type: 'treaty',
				d: 'M1,10h8v10h-8zm20,-10h8v10h-8zm10,0h8v10h-8zm10,10h8v10h-8z'
			}
		]);
	});
});

describe('outsideSpans', () => {
	it('covers the years before and after the range', () => {
		expect(outsideSpans(2018, 2022, { from: 2019, to: 2020 }, 50)).toEqual([
			{ x: 0, width: 10 },
			{ x: 30, width: 20 }
		]);
	});

	it('is empty when the range is every year', () => {
		expect(outsideSpans(2018, 2022, { from: 2018, to: 2022 }, 50)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../data/fixtures';
import { countsByYear, timelineBars } from './bars';

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

describe('timelineBars', () => {
	it('stacks types from the bottom, scaled to the busiest year', () => {
		const bars = timelineBars(countsByYear(links, 2018, 2022, 2022), 2018, {
			width: 50,
			height: 20,
			gap: 2
		});
		const year2020 = bars.filter((b) => b.year === 2020);
		expect(year2020).toEqual([
			{ key: '2020-arms', year: 2020, type: 'arms', x: 21, y: 10, width: 8, height: 10 },
			{ key: '2020-treaty', year: 2020, type: 'treaty', x: 21, y: 0, width: 8, height: 10 }
		]);
		expect(bars.filter((b) => b.year === 2018)).toEqual([
			{ key: '2018-treaty', year: 2018, type: 'treaty', x: 1, y: 10, width: 8, height: 10 }
		]);
	});
});

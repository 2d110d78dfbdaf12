import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLink } from '../../../tests/support/fixtures';
import { groupRows, stateRows, trendSeries, withTies } from './series';

const groupOf = (id: string) => FIXTURE_ACTORS.find((a) => a.id === id)?.group;
const nameOf = (id: string) => FIXTURE_ACTORS.find((a) => a.id === id)?.name ?? id;
const YEARS = { first: 2000, last: 2005, currentYear: 2005 };

const LINKS = [
	// Russia's base in Armenia, from 2001 on: one tie with Russia's group each year.
	fixtureLink({ id: 'a', type: 'mission', from: 'RUS', to: 'ARM', start: '2001-03', end: null }),
	// An EU agreement 2002-2003.
	fixtureLink({ id: 'b', type: 'treaty', from: 'ARM', to: 'EU', start: '2002', end: '2003-06' }),
	// Talks of Armenia and Azerbaijan under the OSCE, one day in 2004: two groups, one link.
	fixtureLink({
		id: 'c',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['OSCE'],
		start: '2004-05-01',
		end: '2004-05-01'
	}),
	// A link without Armenia does not count on its chart.
	fixtureLink({ id: 'd', type: 'treaty', from: 'GEO', to: 'EU', start: '2000', end: null })
];

describe('trendSeries', () => {
	const series = trendSeries(LINKS, 'ARM', groupRows(FIXTURE_GROUPS, groupOf), YEARS);
	const row = (key: string) => series.rows.find((r) => r.key === key)!.values;

	it('counts each year a link was in force in, in the row of its partner’s group', () => {
		expect(series.years).toEqual([2000, 2001, 2002, 2003, 2004, 2005]);
		expect(row('russia-bloc')).toEqual([0, 1, 1, 1, 1, 1]);
		expect(row('europe')).toEqual([0, 0, 1, 1, 0, 0]);
	});

	it('counts a multilateral link once in each group it binds the actor to, once in the total', () => {
		expect(row('neighbours')).toEqual([0, 0, 0, 0, 1, 0]);
		expect(row('multilateral')).toEqual([0, 0, 0, 0, 1, 0]);
		expect(series.totals).toEqual([0, 1, 2, 2, 2, 1]);
	});

	it('keeps every group as a row, in the groups’ order, and can leave out the empty ones', () => {
		expect(series.rows.map((r) => r.key)).toEqual(FIXTURE_GROUPS.map((g) => g.id));
		expect(withTies(series).rows.map((r) => r.key)).toEqual([
			'russia-bloc',
			'europe',
			'neighbours',
			'multilateral'
		]);
	});

	it('counts a partner whose row is left out in the totals only', () => {
		const some = trendSeries(
			LINKS,
			'ARM',
			{ ...groupRows(FIXTURE_GROUPS, groupOf), keys: [{ key: 'europe', name: 'Europe' }] },
			YEARS
		);
		expect(some.rows.map((r) => [r.key, r.values])).toEqual([['europe', [0, 0, 1, 1, 0, 0]]]);
		expect(some.totals).toEqual(series.totals);
	});

	it('counts conflicts apart from ties, in the same rows', () => {
		const withWar = [
			...LINKS,
			fixtureLink({ id: 'w', type: 'conflict', from: 'ARM', to: 'AZE', start: '2001', end: '2002' })
		];
		const s = trendSeries(withWar, 'ARM', groupRows(FIXTURE_GROUPS, groupOf), YEARS);
		const neighbours = s.rows.find((r) => r.key === 'neighbours')!;
		expect(neighbours.values).toEqual([0, 0, 0, 0, 1, 0]);
		expect(neighbours.conflicts).toEqual([0, 1, 1, 0, 0, 0]);
		expect(s.conflictTotals).toEqual([0, 1, 1, 0, 0, 0]);
		expect(s.totals).toEqual(series.totals);
	});

	it('splits a partner’s ties by which of the three states they bind', () => {
		const eu = trendSeries(LINKS, 'EU', stateRows(nameOf), YEARS);
		expect(eu.rows.map((r) => [r.key, r.name, r.values])).toEqual([
			['ARM', 'Armenia', [0, 0, 1, 1, 0, 0]],
			['AZE', 'Azerbaijan', [0, 0, 0, 0, 0, 0]],
			['GEO', 'Georgia', [1, 1, 1, 1, 1, 1]]
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { actorLabels, actorNames } from '../data/actor-names';
import { FIXTURE_ACTORS, fixtureLink } from '../../../tests/support/fixtures';
import { searchRows, sortRows, tableRow, visibleRows } from './rows';

const rows = [
	fixtureLink({ id: 'a', from: 'RUS', to: 'ARM', start: '2016', title: 'Iskander missiles' }),
	fixtureLink({
		id: 'b',
		type: 'treaty',
		from: 'ARM',
		to: 'EU',
		start: '2017-11',
		end: '2017-11',
		title: 'CEPA signed'
	}),
	fixtureLink({
		id: 'c',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['TUR'],
		start: '2021',
		title: '3+3 format'
	})
].map((link) => tableRow(link, actorNames(actorLabels(FIXTURE_ACTORS))));

describe('tableRow', () => {
	it('names the actors and says the years in words', () => {
		expect(rows[2]).toMatchObject({
			actor: 'Armenia',
			partner: 'Azerbaijan, Turkey',
			years: '2021 – ongoing'
		});
		expect(rows[1]!.years).toBe('2017-11');
	});
});

describe('sortRows', () => {
	it('sorts by any column, either way', () => {
		expect(sortRows(rows, { key: 'years', descending: true }).map((r) => r.id)).toEqual([
			'c',
			'b',
			'a'
		]);
		expect(sortRows(rows, { key: 'type', descending: false }).map((r) => r.id)).toEqual([
			'a',
			'b',
			'c'
		]);
		expect(sortRows(rows, { key: 'actor', descending: false }).map((r) => r.id)).toEqual([
			'b',
			'c',
			'a'
		]);
	});
});

describe('searchRows', () => {
	it('keeps rows where every word appears in some column', () => {
		expect(searchRows(rows, 'armenia treaties').map((r) => r.id)).toEqual(['b']);
		expect(searchRows(rows, 'TURKEY').map((r) => r.id)).toEqual(['c']);
		expect(searchRows(rows, 'example wire').map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(searchRows(rows, '  ')).toHaveLength(3);
		expect(searchRows(rows, 'nothing-like-this')).toEqual([]);
	});
});

describe('visibleRows', () => {
	const many = Array.from({ length: 5 }, (_, k) => k);

	it('renders every row up to the limit, and the first ones past it until asked for all', () => {
		expect(visibleRows(many, false, 5)).toEqual(many);
		expect(visibleRows(many, false, 3)).toEqual([0, 1, 2]);
		expect(visibleRows(many, true, 3)).toEqual(many);
	});
});

import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { changesByPeriod, fiveYearPeriods, partnersByLinks } from './changes';

const LINKS = [
	fixtureLink({
		id: 'csto',
		type: 'treaty',
		from: 'ARM',
		to: 'RUS',
		start: '1992-05-15',
		end: '2024-02',
		systems: undefined
	}),
	fixtureLink({
		id: 'base',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1995-03-16',
		end: null,
		systems: undefined
	}),
	fixtureLink({
		id: 'summit',
		type: 'diplomacy',
		from: 'ARM',
		to: 'EU',
		start: '2023-10-05',
		end: '2023-10-05',
		systems: undefined
	}),
	fixtureLink({
		id: 'war',
		type: 'conflict',
		from: 'ARM',
		to: 'AZE',
		start: '2020-09-27',
		end: '2020-11-10',
		systems: undefined
	}),
	fixtureLink({
		id: 'caesar',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2024-06-18',
		end: null
	}),
	fixtureLink({
		id: 'elsewhere',
		type: 'treaty',
		from: 'GEO',
		to: 'EU',
		start: '2014',
		end: null,
		systems: undefined
	})
];

describe('fiveYearPeriods', () => {
	it('cuts the years into fives, the last one short', () => {
		expect(fiveYearPeriods(1991, 2026).map((p) => `${p.first}-${p.last}`)).toEqual([
			'1991-1995',
			'1996-2000',
			'2001-2005',
			'2006-2010',
			'2011-2015',
			'2016-2020',
			'2021-2025',
			'2026-2026'
		]);
	});
});

describe('changesByPeriod', () => {
	const changes = changesByPeriod(LINKS, 'ARM', fiveYearPeriods(1991, 2026));
	const ids = (list: { id: string }[]) => list.map((l) => l.id);

	it('lists the ties formed in each period, newest first, and only the actor’s', () => {
		expect(ids(changes[0]!.formed)).toEqual(['base', 'csto']);
		expect(ids(changes[6]!.formed)).toEqual(['caesar', 'summit']);
		expect(changes.flatMap((c) => ids(c.formed))).not.toContain('elsewhere');
	});

	it('lists ties that ended and conflicts that began, but not one-day events', () => {
		expect(ids(changes[5]!.ended)).toEqual(['war']);
		expect(ids(changes[6]!.ended)).toEqual(['csto']);
		expect(changes.flatMap((c) => ids(c.ended))).not.toContain('summit');
	});
});

describe('partnersByLinks', () => {
	it('ranks partners by shared links, then by name', () => {
		const names: Record<string, string> = {
			RUS: 'Russia',
			EU: 'European Union',
			AZE: 'Azerbaijan',
			FRA: 'France'
		};
		expect(partnersByLinks(LINKS, 'ARM', (id) => names[id] ?? id)).toEqual([
			{ id: 'RUS', links: 2 },
			{ id: 'AZE', links: 1 },
			{ id: 'EU', links: 1 },
			{ id: 'FRA', links: 1 }
		]);
	});
});

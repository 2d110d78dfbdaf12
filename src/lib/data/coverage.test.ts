import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLink } from '../../../tests/support/fixtures';
import type { Dataset } from './types';

const dataset: Dataset = {
	version: '2026-11-27.abcdef12',
	actors: FIXTURE_ACTORS,
	groups: FIXTURE_GROUPS,
	publishers: [
		{
			id: 'example-wire',
			name: 'Example Wire',
			home: 'https://example.org',
			kind: 'news-agency',
			standing: 'reputable'
		},
		{
			id: 'mfa',
			name: 'Ministry',
			home: 'https://mfa.example',
			kind: 'government',
			standing: 'reputable'
		}
	],
	links: [
		fixtureLink({ id: 'a', start: '1992', end: '1994' }),
		fixtureLink({ id: 'b', from: 'RUS', start: '2010-05', systems: undefined }),
		fixtureLink({
			id: 'c',
			type: 'treaty',
			from: 'ARM',
			to: 'EU',
			start: '2017-11-24',
			systems: undefined,
			sources: [
				{ publisher: 'Ministry', publisherId: 'mfa', title: 'CEPA', url: 'https://mfa.example/c' },
				{
					publisher: 'Example Wire',
					publisherId: 'example-wire',
					title: 'T',
					url: 'https://example.org/c'
				}
			]
		})
	]
};

describe('coverageOf', () => {
	const coverage = coverageOf(dataset);

	it('counts links by type and those that start before 2015', () => {
		expect(coverage.links).toBe(3);
		expect(coverage.byType).toMatchObject({ arms: 2, treaty: 1, aid: 0 });
		expect(coverage.startedBefore2015).toBe(2);
	});

	it('counts the links in force in each five-year span, the last one cut at the data’s year', () => {
		expect(coverage.inForceBySpan[0]).toEqual({ span: '1991–1995', links: 1 });
		expect(coverage.inForceBySpan[1]).toEqual({ span: '1996–2000', links: 0 });
		expect(coverage.inForceBySpan.at(-1)).toEqual({ span: '2026', links: 2 });
	});

	it('counts arms transfers by supplier and those that name their systems', () => {
		expect(coverage.arms).toEqual({
			transfers: 2,
			withSystems: 1,
			bySupplier: [
				{ supplier: 'FRA', links: 1 },
				{ supplier: 'RUS', links: 1 }
			]
		});
	});

	it('counts sources by their publisher’s kind and standing, the primary ones, and links on one source', () => {
		expect(coverage.sources).toBe(4);
		expect(coverage.sourcesByKind).toMatchObject({ 'news-agency': 3, government: 1, other: 0 });
		expect(coverage.sourcesByStanding).toEqual({
			reputable: 4,
			partisan: 0,
			'state-controlled': 0,
			unreliable: 0
		});
		expect(coverage.primarySources).toBe(1);
		expect(coverage.singleSource).toBe(2);
	});

	it('counts the links in force in each year', () => {
		expect(coverage.inForceByYear.slice(0, 5)).toEqual([
			{ year: 1991, links: 0 },
			{ year: 1992, links: 1 },
			{ year: 1993, links: 1 },
			{ year: 1994, links: 1 },
			{ year: 1995, links: 0 }
		]);
	});
});

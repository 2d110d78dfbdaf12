import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { REAL_DATASET as DATASET } from './real';
import { fixtureLink } from './fixtures';
import type { Link } from './types';
import { formatProblem, validateLinks } from './validate';

const problemsOf = (links: Link[]) => validateLinks(links, ACTORS).map(formatProblem);

describe('validateLinks', () => {
	it('accepts a valid link', () => {
		expect(problemsOf([fixtureLink()])).toEqual([]);
	});

	it.each([
		[
			'unknown actor id',
			{ from: 'ATL' as Link['from'] },
			'fra-arm-caesar-2024 from: unknown actor id "ATL"'
		],
		[
			'unknown party',
			{ parties: ['XYZ' as Link['to']] },
			'fra-arm-caesar-2024 parties[0]: unknown actor id "XYZ"'
		],
		[
			'bad date',
			{ start: '2024-13' },
			'fra-arm-caesar-2024 start: "2024-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'
		],
		[
			'impossible day',
			{ start: '2023-02-30' },
			'fra-arm-caesar-2024 start: "2023-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'
		],
		[
			'end before start',
			{ end: '2023-12' },
			'fra-arm-caesar-2024 end: ends (2023-12) before it starts (2024-06-18)'
		],
		[
			'missing source',
			{ sources: [] },
			'fra-arm-caesar-2024 sources: no source: every link needs at least one'
		],
		[
			'malformed source URL',
			{ sources: [{ publisher: 'X', title: 'Y', url: 'example.org/page' }] },
			'fra-arm-caesar-2024 sources[0].url: "example.org/page" is not an http(s) URL'
		],
		[
			'source without publisher',
			{ sources: [{ publisher: ' ', title: 'Y', url: 'https://example.org/' }] },
			'fra-arm-caesar-2024 sources[0].publisher: missing publisher'
		],
		[
			'unknown type',
			{ type: 'trade' as Link['type'] },
			'fra-arm-caesar-2024 type: unknown link type "trade"'
		],
		['missing title', { title: '' }, 'fra-arm-caesar-2024 title: missing title'],
		[
			'self link',
			{ from: 'ARM' },
			'fra-arm-caesar-2024 parties: an actor is named twice in one link'
		],
		[
			'link outside the region',
			{ to: 'RUS' },
			"fra-arm-caesar-2024 parties: binds none of ARM, AZE and GEO: outside the dataset's scope"
		]
	])('rejects %s', (_, change, problem) => {
		expect(problemsOf([fixtureLink(change as Partial<Link>)])).toEqual([problem]);
	});

	it('rejects a duplicate id', () => {
		const twin = fixtureLink({ start: '2025', systems: ['Bastion'] });
		expect(problemsOf([fixtureLink(), twin])).toEqual([
			'fra-arm-caesar-2024 id: duplicate id (also link #0)'
		]);
	});

	it('rejects the same tie recorded twice under two ids, either way round', () => {
		const twin = fixtureLink({ id: 'arm-fra-caesar', from: 'ARM', to: 'FRA' });
		expect(problemsOf([fixtureLink(), twin])).toEqual([
			'arm-fra-caesar start: same pair, type, start and end as "fra-arm-caesar-2024": record a tie once'
		]);
	});

	it('keeps two arms deals of the same day apart by their systems', () => {
		const other = fixtureLink({ id: 'fra-arm-mistral', systems: ['Mistral'] });
		expect(problemsOf([fixtureLink(), other])).toEqual([]);
	});

	it('reports every problem at once, with the link id and field', () => {
		const broken = fixtureLink({
			id: 'broken',
			from: 'ATL' as Link['from'],
			start: 'soon',
			sources: []
		});
		expect(problemsOf([broken, fixtureLink({ id: '' })])).toEqual([
			'broken from: unknown actor id "ATL"',
			'broken start: "soon" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
			'broken sources: no source: every link needs at least one',
			'#1 id: missing id'
		]);
	});
});

describe('the dataset', () => {
	it('is valid', () => {
		expect(validateLinks(DATASET.links, DATASET.actors).map(formatProblem)).toEqual([]);
	});

	it('has at least 40 links and every link type', () => {
		expect(DATASET.links.length).toBeGreaterThanOrEqual(40);
		expect(new Set(DATASET.links.map((l) => l.type)).size).toBe(7);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_TYPE_IDS } from '../data/types';
import {
	dashboardHref,
	defaultView,
	parseView,
	serialiseView,
	type ShareableView,
	type ViewBounds
} from './url';
import { problemText } from './url-problems';

const bounds: ViewBounds = { minYear: 1991, maxYear: 2026, actors: ['ARM', 'AZE', 'GEO', 'RUS'] };
const parse = (query: string) => parseView(new URLSearchParams(query), bounds);

describe('parseView', () => {
	it('reads the default view from an empty query', () => {
		expect(parse('')).toEqual({ view: defaultView(bounds), problems: [] });
	});

	it('reads every parameter', () => {
		expect(parse('types=mission,arms&from=2018&to=2025&focus=ARM&with=rus').view).toEqual({
			types: ['arms', 'mission'],
			from: 2018,
			to: 2025,
			pinned: 'ARM',
			partner: 'RUS'
		});
	});

	it('reads an empty type list as no types shown', () => {
		expect(parse('types=')).toEqual({ view: { ...defaultView(bounds), types: [] }, problems: [] });
	});

	it.each([
		['types=arms,trade', { types: ['arms'] }, 'types', 'ignored unknown link type "trade"'],
		[
			'types=bananas',
			{ types: [...LINK_TYPE_IDS] },
			'types',
			'no known link type in "bananas": showing all types'
		],
		['from=1800', { from: 1991 }, 'from', '1800 is outside 1991-2026: using 1991'],
		['to=soon', { to: 2026 }, 'to', '"soon" is not a year: using 2026'],
		[
			'from=2020&to=2010',
			{ from: 2010, to: 2020 },
			'from, to',
			'from (2020) is after to (2010): swapped them'
		],
		['focus=ATL', { pinned: null }, 'focus', 'no actor "ATL" in the data: nothing is pinned'],
		['with=RUS', {}, 'with', '"with" needs "focus", the pair’s other actor: ignored'],
		['focus=ARM&with=ATL', { pinned: 'ARM' }, 'with', 'no actor "ATL" in the data: no pair is lit'],
		['focus=ARM&with=arm', { pinned: 'ARM' }, 'with', '"arm" is the pinned actor itself: ignored'],
		['colour=red', {}, 'colour', 'unknown parameter "colour" ignored']
	])('shows the nearest valid view for %s and says why', (query, change, parameter, message) => {
		const { view, problems } = parse(query);
		expect(view).toEqual({ ...defaultView(bounds), ...change });
		expect(problems.map((p) => [p.parameter, problemText(p, bounds)])).toEqual([
			[parameter, message]
		]);
	});

	it('accepts an actor id in any case', () => {
		expect(parse('focus=arm').view.pinned).toBe('ARM');
	});
});

describe('serialiseView', () => {
	it('leaves defaults out', () => {
		expect(serialiseView(defaultView(bounds), bounds)).toBe('');
	});

	it('writes parameters in a fixed order with readable commas', () => {
		const view: ShareableView = {
			types: ['mission', 'arms'],
			from: 2015,
			to: 2025,
			pinned: 'ARM',
			partner: 'RUS'
		};
		expect(serialiseView(view, bounds)).toBe(
			'types=arms,mission&from=2015&to=2025&focus=ARM&with=RUS'
		);
	});

	it('round-trips every parameter', () => {
		const views: ShareableView[] = [
			{ types: [], from: 1991, to: 2026, pinned: null, partner: null },
			{ types: ['conflict'], from: 2020, to: 2020, pinned: 'GEO', partner: null },
			{ types: ['conflict'], from: 2008, to: 2008, pinned: 'GEO', partner: 'RUS' },
			{ types: ['arms', 'treaty', 'aid'], from: 1995, to: 2026, pinned: null, partner: null }
		];
		for (const view of views) expect(parse(serialiseView(view, bounds)).view).toEqual(view);
	});
});

describe('any address', () => {
	const queries = fc.oneof(
		fc.string(),
		fc
			.array(
				fc.tuple(
					fc.constantFrom('types', 'from', 'to', 'focus', 'with', 'x', ''),
					fc.oneof(
						fc.string(),
						fc.integer({ min: -5000, max: 5000 }).map(String),
						fc.subarray([...LINK_TYPE_IDS, 'junk']).map((t) => t.join(','))
					)
				)
			)
			.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
	);

	it('parses without throwing to a view within bounds', () => {
		fc.assert(
			fc.property(queries, (query) => {
				const { view } = parse(query);
				expect(view.from).toBeGreaterThanOrEqual(bounds.minYear);
				expect(view.to).toBeLessThanOrEqual(bounds.maxYear);
				expect(view.from).toBeLessThanOrEqual(view.to);
			})
		);
	});

	it('serialises to a stable, problem-free address', () => {
		fc.assert(
			fc.property(queries, (query) => {
				const once = serialiseView(parse(query).view, bounds);
				const reparsed = parse(once);
				expect(reparsed.problems).toEqual([]);
				expect(serialiseView(reparsed.view, bounds)).toBe(once);
			})
		);
	});
});

describe('dashboardHref', () => {
	it.each([
		[{}, undefined, '/'],
		[{ pinned: 'ARM' }, undefined, '/?focus=ARM'],
		[{ pinned: 'ARM', partner: 'RUS' }, undefined, '/?focus=ARM&with=RUS'],
		[{ from: 2008, to: 2008, pinned: 'GEO' }, undefined, '/?from=2008&to=2008&focus=GEO'],
		[{ types: ['arms' as const], from: 1991 }, { minYear: 1991, maxYear: 2026 }, '/?types=arms'],
		[{ partner: 'RUS' }, undefined, '/']
	])('writes %j as %s', (view, bounds, href) => {
		expect(dashboardHref(view, bounds)).toBe(href);
	});
});

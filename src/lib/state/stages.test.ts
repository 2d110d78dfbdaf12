import { describe, expect, it } from 'vitest';
import { linkCore } from '../data/details';
import { FIXTURE_ACTORS, fixtureLink, fixtureMap } from '../../../tests/support/fixtures';
import { LINK_TYPE_IDS } from '../data/types';
import { drawView } from './stages';
import { defaultView } from './url';

const LINKS = [
	fixtureLink({ id: 'fra-arm-caesar', from: 'FRA', to: 'ARM', start: '2024-06-18' }),
	fixtureLink({ id: 'rus-arm-base', type: 'mission', from: 'RUS', to: 'ARM', start: '1995-03' }),
	fixtureLink({
		id: 'geo-tur-aze-pipeline',
		type: 'energy',
		from: 'GEO',
		to: 'TUR',
		parties: ['AZE'],
		start: '2006'
	})
];
const DATA = {
	links: LINKS.map(linkCore),
	actors: FIXTURE_ACTORS,
	map: fixtureMap(FIXTURE_ACTORS)
};
const BOUNDS = { minYear: 1991, maxYear: 2026, actors: FIXTURE_ACTORS.map((a) => a.id) };

describe('drawView', () => {
	it('runs every stage from a view to the drawn items', () => {
		const drawn = drawView(defaultView(BOUNDS), DATA, 2026);
		expect(drawn.filtered.map((l) => l.id)).toEqual([
			'fra-arm-caesar',
			'rus-arm-base',
			'geo-tur-aze-pipeline'
		]);
		expect(drawn.chord.ribbons.map((r) => r.key).sort()).toEqual([
			'AZE-GEO-energy',
			'AZE-TUR-energy',
			'FRA-ARM-arms',
			'GEO-TUR-energy',
			'RUS-ARM-mission'
		]);
		expect(drawn.mapLinks).toHaveLength(5);
		// The pipeline's three parties: two pairs each on the chord, one link each in words.
		const pairs = Object.fromEntries(drawn.chord.groups.map((g) => [g.actor, g.pairs]));
		expect(pairs.AZE).toBe(2);
		expect(drawn.totals.get('AZE')).toBe(1);
		expect(drawn.totals.get('ARM')).toBe(2);
	});

	it('filters by years and types, counting the types over the years alone', () => {
		const drawn = drawView(
			{ ...defaultView(BOUNDS), types: ['mission'], from: 2000, to: 2010 },
			DATA,
			2026
		);
		expect(drawn.filtered.map((l) => l.id)).toEqual(['rus-arm-base']);
		expect(Object.fromEntries(drawn.typeCounts)).toEqual(
			Object.fromEntries(LINK_TYPE_IDS.map((t) => [t, t === 'mission' || t === 'energy' ? 1 : 0]))
		);
		expect(drawn.typesMerged).toBe(false);
	});
});

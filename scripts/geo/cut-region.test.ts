import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { VIEW_EXTENT } from '../../src/lib/geo/extent';
import { CUT_MARGIN_DEGREES, REGION_OPTIONS } from '../geo-options';
import { cutRegion, padExtent, rewindPolygons } from './cut-region';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const committed = JSON.parse(
	readFileSync(new URL('../../static/geo/region.json', import.meta.url), 'utf8')
);
const region = cutRegion(world, padExtent(VIEW_EXTENT, CUT_MARGIN_DEGREES), REGION_OPTIONS);
const countries = feature(region, region.objects.countries).features as Feature<
	Polygon | MultiPolygon
>[];
const byId = new Map(countries.map((c) => [String(c.id), c]));

describe('the region cut', () => {
	it('holds Armenia, Azerbaijan and Georgia and the neighbours that frame them', () => {
		for (const id of ['051', '031', '268', '643', '792', '364']) expect(byId.has(id)).toBe(true);
	});

	it('keeps Nakhchivan in Azerbaijan: a separate polygon whose centroid lies inside Azerbaijan', () => {
		const azerbaijan = byId.get('031')!;
		expect(azerbaijan.geometry.type).toBe('MultiPolygon');
		const polygons = (azerbaijan.geometry as MultiPolygon).coordinates;
		const nakhchivanCity: [number, number] = [45.41, 39.21];
		const nakhchivan = polygons.find((p) =>
			geoContains({ type: 'Polygon', coordinates: p }, nakhchivanCity)
		);
		expect(nakhchivan).toBeDefined();
		const centroid = geoCentroid({ type: 'Polygon', coordinates: nakhchivan! });
		expect(geoContains(azerbaijan, centroid)).toBe(true);
		expect(geoContains(byId.get('051')!, centroid)).toBe(false);
	});

	it('never paints the globe: every feature is smaller than a hemisphere', () => {
		for (const country of countries) expect(geoArea(country)).toBeLessThan(2 * Math.PI);
	});

	it('stays small', () => {
		expect(JSON.stringify(region).length).toBeLessThan(12_000);
	});

	it('is what static/geo/region.json holds (run `npm run geo` after changing the cut)', () => {
		expect(committed).toEqual(JSON.parse(JSON.stringify(region)));
	});
});

describe('rewindPolygons', () => {
	it('reverses a ring wound the wrong way round', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[44, 40],
					[45, 40],
					[45, 41],
					[44, 41],
					[44, 40]
				]
			]
		};
		const inverted = { ...square, coordinates: [[...square.coordinates[0]!].reverse()] };
		const areas = [square, inverted].map((p) => geoArea(rewindPolygons(p)));
		expect(areas[0]).toBeLessThan(2 * Math.PI);
		expect(areas[1]).toBeLessThan(2 * Math.PI);
	});
});

/**
 * Writes static/geo/region.json: the countries of world-atlas (50m) cut to the map's extent,
 * simplified and quantized. The output is generated and committed; run `npm run geo` to redo it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VIEW_EXTENT } from '../src/lib/geo/extent';
import { cutRegion, padExtent } from './geo/cut-region';
import { CUT_MARGIN_DEGREES, REGION_OPTIONS } from './geo-options';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const region = cutRegion(world, padExtent(VIEW_EXTENT, CUT_MARGIN_DEGREES), REGION_OPTIONS);
const out = new URL('../static/geo/region.json', import.meta.url);
writeFileSync(out, JSON.stringify(region) + '\n');
console.log(
	`static/geo/region.json: ${region.objects.countries.geometries.length} countries, ` +
		`${JSON.stringify(region).length} bytes`
);

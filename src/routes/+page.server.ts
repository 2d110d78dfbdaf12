import { DATASET } from '$lib/data/dataset';
import { linkPairs } from '$lib/data/filter';
import { layoutMap } from '$lib/geo/map-layout';
import type { RegionTopology } from '$lib/geo/region';
import type { PageServerLoad } from './$types';
import regionJson from '../../static/geo/region.json';

/** Width of the map's coordinate space; the SVG scales to its panel. */
const MAP_WIDTH = 640;

/**
 * Runs once, when the page is prerendered. The dataset and the map's geometry (paths and marker
 * positions do not change with the filters) reach the page as serialized data, so neither the
 * links nor d3-geo and topojson-client are part of its JavaScript, and it fetches nothing.
 */
export const load: PageServerLoad = () => {
	const region = regionJson as unknown as RegionTopology;
	const withLinks = new Set(DATASET.links.flatMap(linkPairs).flatMap((p) => [p.source, p.target]));
	return { dataset: DATASET, map: layoutMap(region, DATASET.actors, withLinks, MAP_WIDTH) };
};

import { DATASET } from '$lib/data/dataset';
import { citedPublishers } from '$lib/data/export';
import { linkParties } from '$lib/data/filter';
import { layoutMap } from '$lib/geo/map-layout';
import type { RegionTopology } from '$lib/geo/region';
import type { PageServerLoad } from './$types';
import regionJson from '../../static/geo/region.json';

/** Width of the map's coordinate space; the SVG scales to its panel. */
const MAP_WIDTH = 640;

/**
 * Runs once, when the page is prerendered. The dataset, the map's geometry (paths and marker
 * positions do not change with the filters) and other facts fixed at build time reach the page as
 * serialized data, so neither the links nor d3-geo and topojson-client are part of its JavaScript,
 * it computes none of them at start-up, and it fetches nothing.
 */
export const load: PageServerLoad = () => {
	const region = regionJson as unknown as RegionTopology;
	const withLinks = new Set(DATASET.links.flatMap(linkParties));
	const publishers = citedPublishers(DATASET.links);
	return {
		dataset: DATASET,
		map: layoutMap(region, DATASET.actors, withLinks, MAP_WIDTH),
		/** Actors with at least one link, in the dataset's order: the ones the view can pin. */
		actorsWithLinks: DATASET.actors.map((a) => a.id).filter((id) => withLinks.has(id)),
		credits: { publishers: publishers.length, mostCited: publishers.slice(0, 8).map((p) => p.name) }
	};
};

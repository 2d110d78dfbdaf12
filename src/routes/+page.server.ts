import { actorLabels } from '$lib/data/actor-names';
import { linkCore } from '$lib/data/details';
import { citedPublishers } from '$lib/data/export';
import { linkParties } from '$lib/data/filter';
import { layoutMap } from '$lib/geo/map-layout';
import type { RegionTopology } from '$lib/geo/region';
import { DATASET } from '$lib/server/dataset';
import type { DashboardData } from '$lib/state/dashboard.svelte';
import type { PageServerLoad } from './$types';
import regionJson from '../../static/geo/region.json';

/** Width of the map's coordinate space; the SVG scales to its panel. */
const MAP_WIDTH = 640;

/**
 * Runs once, when the page is prerendered. What the first view draws reaches the page as
 * serialized data: each link's core (not its title, summary and sources, which load afterwards
 * from the dataset download), the map's geometry (paths and marker positions do not change with the
 * filters) and other facts fixed at build time. So neither the links nor d3-geo and
 * topojson-client are part of the page's JavaScript, and it computes none of them at start-up.
 */
export const load: PageServerLoad = () => {
	const region = regionJson as unknown as RegionTopology;
	const withLinks = new Set(DATASET.links.flatMap(linkParties));
	const publishers = citedPublishers(DATASET.links);
	const dashboard: DashboardData = {
		version: DATASET.version,
		links: DATASET.links.map(linkCore),
		actors: actorLabels(DATASET.actors.filter((a) => withLinks.has(a.id))),
		map: layoutMap(region, DATASET.actors, withLinks, MAP_WIDTH)
	};
	return {
		dashboard,
		credits: { publishers: publishers.length, mostCited: publishers.slice(0, 8).map((p) => p.name) }
	};
};

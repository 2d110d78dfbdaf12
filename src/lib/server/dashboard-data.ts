import { actorLabels } from '../data/actor-names';
import { linkCore } from '../data/details';
import { linkParties } from '../data/filter';
import type { Dataset } from '../data/types';
import { layoutMap } from '../geo/map-layout';
import type { RegionTopology } from '../geo/region';
import type { DashboardData } from '../state/dashboard.svelte';
import regionJson from '../../../static/geo/region.json';

/** Width of the map's coordinate space; the SVG scales to its panel. */
const MAP_WIDTH = 640;

/**
 * What the dashboard (and the embed, and the link preview) is built from, computed once at build
 * time: each link's core (titles, summaries and sources load afterwards from the dataset download),
 * the actors with links, and the map's geometry, which no filter changes. So neither the links nor
 * d3-geo and topojson-client are part of the page's JavaScript.
 */
export function dashboardData(dataset: Dataset): DashboardData {
	const withLinks = new Set(dataset.links.flatMap(linkParties));
	return {
		version: dataset.version,
		links: dataset.links.map(linkCore),
		actors: actorLabels(dataset.actors.filter((a) => withLinks.has(a.id))),
		map: layoutMap(regionJson as unknown as RegionTopology, dataset.actors, withLinks, MAP_WIDTH)
	};
}

import { createHash } from 'node:crypto';
import { actorLabels, type ActorLabel } from '../data/actor-names';
import { linkCore } from '../data/details';
import { linkParties } from '../data/filter';
import type { Dataset } from '../data/types';
import { layoutMap } from '../geo/map-layout';
import type { RegionTopology } from '../geo/region';
import type { DashboardData, DashboardFile } from '../state/stages';
import regionJson from '../../../static/geo/region.json';

/** Width of the map's coordinate space; the SVG scales to its panel. */
const MAP_WIDTH = 640;

/** The actors with links: the ones the dashboard draws, in the dataset's order. */
function actorsWithLinks(dataset: Dataset): ActorLabel[] {
	const withLinks = new Set(dataset.links.flatMap(linkParties));
	return actorLabels(dataset.actors.filter((a) => withLinks.has(a.id)));
}

/** The part of the dashboard's data that every locale shares (see `DashboardFile`). */
function dashboardFileContent(dataset: Dataset): DashboardFile {
	const withLinks = new Set(dataset.links.flatMap(linkParties));
	return {
		version: dataset.version,
		links: dataset.links.map(linkCore),
		map: layoutMap(regionJson as unknown as RegionTopology, dataset.actors, withLinks, MAP_WIDTH)
	};
}

/**
 * What the dashboard (and the embed, and the link preview) is built from, computed at build
 * time: each link's core (titles, summaries and sources load afterwards from the dataset
 * download), the actors with links, and the map's geometry, which no filter changes. So neither
 * the links nor d3-geo and topojson-client are part of the page's JavaScript.
 */
export function dashboardData(dataset: Dataset): DashboardData {
	return { ...dashboardFile(dataset).content, actors: actorsWithLinks(dataset) };
}

/** The dashboard's file as served: its content, its text, and its name. */
export interface PreparedDashboardFile {
	content: DashboardFile;
	/** The file's text: JSON. */
	json: string;
	/** The start of the text's SHA-256: the file's name changes whenever its content does. */
	hash: string;
}

const prepared = new WeakMap<Dataset, PreparedDashboardFile>();

/**
 * The dashboard's file, named by its content's hash so that it may be cached for ever: the
 * pages carry only its name, not the links, which grow with the record. Prepared once per
 * dataset (every locale's dashboard and embed, and the file itself, ask for it). Built from the
 * English dataset: a link's core has no text, so every locale reads the same file.
 */
export function dashboardFile(dataset: Dataset): PreparedDashboardFile {
	let file = prepared.get(dataset);
	if (!file) {
		const content = dashboardFileContent(dataset);
		const json = JSON.stringify(content);
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
		prepared.set(dataset, (file = { content, json, hash }));
	}
	return file;
}

/** What a dashboard page's server load gives it: the actors' names in its locale. */
export function dashboardPageData(localized: Dataset): { actors: ActorLabel[] } {
	return { actors: actorsWithLinks(localized) };
}

/**
 * The stages from the view and the data to what the views draw, as pure functions:
 * `ShareableView + DashboardData -> FilteredLinks -> PairMatrix -> ChordLayout, MapLinkItem[]`,
 * with the counts and the timeline beside them. `Stages` (stages.svelte.ts) derives each one from
 * the live view so that each recomputes only when what it reads changes; tests and the bench call
 * `drawView` to run them all at once.
 */
import { chordGeometry, layoutChord, type ChordLayout } from '../chord/layout';
import { buildPairMatrix, MAX_TYPE_RIBBONS, typeCellCount, type PairMatrix } from '../chord/matrix';
import type { ActorLabel } from '../data/actor-names';
import type { LinkCount } from '../data/count';
import { filterLinks, linksPerActor, type FilteredLinks } from '../data/filter';
import { LINK_TYPE_IDS, type ActorId, type LinkCore, type LinkTypeId } from '../data/types';
import { mapLinks, type MapLinkItem } from '../geo/links';
import type { MapLayout } from '../geo/map-layout';
import { countsByYear, TIMELINE_SIZE, timelineLayers, type TimelineLayer } from '../timeline/bars';
import type { ShareableView } from './url';

/**
 * The part of the dashboard's data that grows with the record and reads the same in every locale:
 * one file, named by its content's hash, that every dashboard page loads (see dashboard-file.ts).
 */
export interface DashboardFile {
	/** The dataset's version: its last year is the last year shown. */
	version: string;
	/** Every link's core, in the dataset's order. */
	links: LinkCore[];
	/** The map's geometry, which no filter changes. */
	map: MapLayout;
}

/** What the dashboard is built from: prepared at build time, fixed for the page's life. */
export interface DashboardData extends DashboardFile {
	/** The actors with links, in the dataset's order and the page's locale: the chord's order and what can be pinned. */
	actors: ActorLabel[];
}

/** Links in force at any time from `from` to `to`, of any type: what the type toggles count. */
export function linksInYears(
	links: readonly LinkCore[],
	from: number,
	to: number,
	lastYear: number
): FilteredLinks {
	return filterLinks(links, { types: new Set(LINK_TYPE_IDS), from, to }, lastYear);
}

/** Of those links, the ones of the shown types: what the views draw. */
export function linksOfTypes(inYears: FilteredLinks, types: readonly LinkTypeId[]): FilteredLinks {
	return inYears.filter((l) => types.includes(l.type));
}

/** Links per type in the years: the type toggles' counts. */
export function typeCountsOf(inYears: FilteredLinks): Map<LinkTypeId, LinkCount> {
	return new Map(LINK_TYPE_IDS.map((t) => [t, inYears.filter((l) => l.type === t).length]));
}

/** Whether each pair is drawn as one ribbon (see `MAX_TYPE_RIBBONS`). */
export function typesMergedIn(matrix: PairMatrix): boolean {
	return typeCellCount(matrix) > MAX_TYPE_RIBBONS;
}

/** The dashboard's chord: its geometry, in a compact panel or not. */
export function dashboardChord(matrix: PairMatrix, compact: boolean, merged: boolean): ChordLayout {
	return layoutChord(matrix, chordGeometry(compact), merged);
}

/** Links in force per year, of the shown types, over every year: the timeline's bars. */
export function timelineOf(
	links: readonly LinkCore[],
	types: readonly LinkTypeId[],
	minYear: number,
	maxYear: number,
	lastYear: number
): TimelineLayer[] {
	const shown = links.filter((l) => types.includes(l.type));
	return timelineLayers(countsByYear(shown, minYear, maxYear, lastYear), TIMELINE_SIZE);
}

/** Everything the views draw for one view of the data. */
export interface DrawnView {
	inYears: FilteredLinks;
	filtered: FilteredLinks;
	matrix: PairMatrix;
	typesMerged: boolean;
	chord: ChordLayout;
	mapLinks: MapLinkItem[];
	/** Links per actor, each link once: what names, tooltips and the detail panel say. */
	totals: Map<ActorId, LinkCount>;
	typeCounts: Map<LinkTypeId, LinkCount>;
}

/** Every stage at once, from a view and the data: for tests and the bench. */
export function drawView(
	view: ShareableView,
	data: Pick<DashboardData, 'links' | 'actors' | 'map'>,
	lastYear: number,
	compact = false
): DrawnView {
	const inYears = linksInYears(data.links, view.from, view.to, lastYear);
	const filtered = linksOfTypes(inYears, view.types);
	const matrix = buildPairMatrix(
		filtered,
		data.actors.map((a) => a.id)
	);
	const typesMerged = typesMergedIn(matrix);
	return {
		inYears,
		filtered,
		matrix,
		typesMerged,
		chord: dashboardChord(matrix, compact, typesMerged),
		mapLinks: mapLinks(matrix, data.map.positions, typesMerged),
		totals: linksPerActor(filtered),
		typeCounts: typeCountsOf(inYears)
	};
}

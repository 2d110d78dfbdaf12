import type { ChordLayout } from '../chord/layout';
import { buildPairMatrix, type PairMatrix } from '../chord/matrix';
import type { LinkCount } from '../data/count';
import { linksPerActor, type FilteredLinks } from '../data/filter';
import type { ActorId, LinkCore, LinkTypeId } from '../data/types';
import { mapLinks, type MapLinkItem } from '../geo/links';
import { COMPACT_CHORD_BELOW } from '../chord/layout';
import type { TimelineLayer } from '../timeline/bars';
import {
	dashboardChord,
	linksInYears,
	linksOfTypes,
	timelineOf,
	typeCountsOf,
	typesMergedIn,
	type DashboardData
} from './stages';
import type { ViewState } from './view.svelte';

/** What the stages read of the view: its years and types (a pin changes none of them). */
export type StagesView = Pick<ViewState, 'from' | 'to' | 'shownTypes' | 'bounds'>;

/**
 * The stages of `stages.ts`, each derived from the live view: each recomputes only when what it
 * reads changes, so a type toggle does not redo the years and a pin redoes nothing here.
 */
export class Stages {
	/** The chord panel's width in px, once measured: a narrow panel abridges the labels. */
	chordWidth = $state(0);
	readonly compact: boolean;
	/** Links in force in the years, of any type: what the type toggles count. */
	readonly inYears: FilteredLinks;
	/** Links in the years, of the shown types: what the views draw. */
	readonly filtered: FilteredLinks;
	readonly matrix: PairMatrix;
	/** Whether each pair is drawn as one ribbon: see `MAX_TYPE_RIBBONS`. */
	readonly typesMerged: boolean;
	readonly chord: ChordLayout;
	readonly mapLinks: MapLinkItem[];
	/** Actors with links in view; the map draws the others muted. */
	readonly present: ReadonlySet<ActorId>;
	/** Links per actor in view, each link once: accessible names, tooltips and readouts say it. */
	readonly totals: ReadonlyMap<ActorId, LinkCount>;
	readonly typeCounts: ReadonlyMap<LinkTypeId, LinkCount>;
	/** Links in force per year, of the shown types, over every year: the timeline's bars. */
	readonly timeline: TimelineLayer[];

	constructor(data: DashboardData, view: StagesView, lastYear: number) {
		const links: readonly LinkCore[] = data.links;
		const order = data.actors.map((a) => a.id);
		this.compact = $derived(this.chordWidth > 0 && this.chordWidth < COMPACT_CHORD_BELOW);
		this.inYears = $derived(linksInYears(links, view.from, view.to, lastYear));
		this.filtered = $derived(linksOfTypes(this.inYears, view.shownTypes));
		this.matrix = $derived(buildPairMatrix(this.filtered, order));
		this.typesMerged = $derived(typesMergedIn(this.matrix));
		this.chord = $derived(dashboardChord(this.matrix, this.compact, this.typesMerged));
		this.mapLinks = $derived(mapLinks(this.matrix, data.map.positions, this.typesMerged));
		this.present = $derived(new Set(this.matrix.actors));
		this.totals = $derived(linksPerActor(this.filtered));
		this.typeCounts = $derived(typeCountsOf(this.inYears));
		this.timeline = $derived(
			timelineOf(links, view.shownTypes, view.bounds.minYear, view.bounds.maxYear, lastYear)
		);
	}
}

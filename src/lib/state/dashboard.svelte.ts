import { createContext } from 'svelte';
import type { ChordLayout } from '../chord/layout';
import { neighbours } from '../chord/matrix';
import { actorNames, type ActorNames } from '../data/actor-names';
import type { FilteredLinks } from '../data/filter';
import type { ActorId, LinkCore } from '../data/types';
import { FIRST_YEAR, lastYearOf } from '../data/years';
import type { MapLinkItem } from '../geo/links';
import type { MapLayout } from '../geo/map-layout';
import type * as LitViews from '../components/lit-views';
import { afterNextPaint } from './defer';
import type { DetailsFiles, LinkDetails, ShownLink } from './details.svelte';
import { ModuleLoader } from './module-loader.svelte';
import { Highlight, type ActorPair, type Point } from './highlight.svelte';
import { Playback } from './playback.svelte';
import type { DashboardData } from './stages';
import { Stages } from './stages.svelte';
import { describeView, selectionPhrase } from './title';
import { ViewState, type ViewHistory } from './view.svelte';

export type { ActorPair, DashboardData, Point, ViewHistory };

/** What the text views show: see `Dashboard.settled`. */
export interface SettledView {
	links: FilteredLinks;
	pinned: ActorId | null;
	partner: ActorId | null;
	/** The document's title. */
	title: string;
}

/** What the lit layers are prepared from: what the views draw, once they have painted it. */
export interface LitSource {
	/** What the drawing depends on: the years, the types and the panel's size. */
	key: string;
	chord: ChordLayout;
	mapLinks: MapLinkItem[];
}

/**
 * The dashboard, composed of named parts that each can be read and tested alone:
 * - `view` (ViewState): the shareable view, its actions and its address;
 * - `stages` (Stages): from the view and the data to what the views draw;
 * - `highlight` (Highlight): the pointer and keyboard focus, and what is lit;
 * - `playback` (Playback): Play stepping through the years.
 * Beside them, what ties them to the page: the links' details (loaded after the first view) and
 * `settled`, the view as the text views show it once a change has painted. Components read it from
 * context (`getDashboard`); `useDashboard` wires it to a page.
 */
export class Dashboard {
	readonly names: ActorNames;
	readonly links: readonly LinkCore[];
	readonly mapLayout: MapLayout;
	readonly lastYear: number;
	/** The dataset's version. */
	readonly version: string;
	readonly view: ViewState;
	readonly stages: Stages;
	readonly highlight: Highlight;
	readonly playback: Playback;
	/**
	 * The links' titles, summaries and sources: loaded after the first view (`loadDetails`), and
	 * their code with them, so neither is part of the first view's script. Null until asked for.
	 */
	details: LinkDetails | null = $state.raw(null);
	readonly #detailsFiles: DetailsFiles;
	/** Set once the page has hydrated. */
	ready = $state(false);
	/**
	 * The links, the pinned actor and the title as the text views (the table, the detail panel,
	 * the document's title) show them: they follow the view once it has painted a change
	 * (`settle`), so the views answer first.
	 */
	settled: SettledView = $state.raw()!;
	readonly title: string;
	/** What the view shows, in words: "arms and missions, 2018–2025". */
	readonly selection: string;
	/**
	 * What the lit layers are prepared from, once per filter after the change has painted (see
	 * lit/prepare.svelte.ts), so a hover shows one prepared layer and hides another. Null until
	 * then: the prerendered page draws no lit layer.
	 */
	litSource: LitSource | null = $state.raw(null);
	/** The lit layers' code: loaded once the first view is up (see `useDashboard`). */
	readonly litViews = new ModuleLoader<typeof LitViews>(() => import('../components/lit-views'));
	readonly #settledLinks: FilteredLinks;
	/**
	 * The settled links with their titles, summaries and sources, once those have loaded, their
	 * text in the page's locale.
	 */
	readonly textLinks: ShownLink[];

	/** `detailsFiles` are where the links' details and their texts in the page's locale are. */
	constructor(data: DashboardData, history: ViewHistory, detailsFiles: DetailsFiles) {
		this.links = data.links;
		this.#detailsFiles = detailsFiles;
		this.names = actorNames(data.actors);
		this.mapLayout = data.map;
		this.lastYear = lastYearOf(data.version);
		this.version = data.version;
		const bounds = {
			minYear: FIRST_YEAR,
			maxYear: this.lastYear,
			actors: data.actors.map((a) => a.id)
		};
		const view = (this.view = new ViewState(bounds, history));
		const stages = (this.stages = new Stages(data, view, this.lastYear));
		this.highlight = new Highlight({
			get pinned() {
				return view.pinned;
			},
			get partner() {
				return view.partner;
			},
			neighbours: (actor) => neighbours(stages.matrix, actor)
		});
		this.playback = new Playback(view);

		this.settled = {
			links: [],
			pinned: null,
			partner: null,
			title: describeView(view.current, bounds, this.names.name)
		};
		this.title = $derived(describeView(view.current, bounds, this.names.name));
		this.selection = $derived(selectionPhrase(view.current));
		// Through the links alone: a settle that keeps them (a pin) redraws no row of the table.
		this.#settledLinks = $derived(this.settled.links);
		this.textLinks = $derived(this.details?.shownLinks(this.#settledLinks) ?? []);
	}

	get bounds() {
		return this.view.bounds;
	}

	/**
	 * Loads the links' details, unless they are loading or loaded; after a failure, only when
	 * `retry` (a reader's request), not on its own.
	 */
	async loadDetails(retry = true): Promise<void> {
		if (!this.details) {
			const { LinkDetails } = await import('./details.svelte');
			this.details ??= new LinkDetails(
				this.#detailsFiles,
				this.version,
				this.links.map((l) => l.id)
			);
		}
		if (retry || this.details.status !== 'error') await this.details.load();
	}

	/**
	 * Writes the addresses of the views shown, in order, and lets the text views catch up with
	 * the view: called once a change has painted.
	 */
	settle(): void {
		this.view.settle();
		this.settled = {
			links: this.stages.filtered,
			pinned: this.view.pinned,
			partner: this.view.partner,
			title: this.title
		};
	}

	/**
	 * Settles once the view's latest change has painted. Call it in an effect: it reads the view,
	 * so the effect runs again on each change, and returns the cleanup that cancels a settle a
	 * newer change has overtaken.
	 */
	settleWhenPainted(): () => void {
		void this.view.current;
		return afterNextPaint(() => this.settle());
	}
}

export const [getDashboard, setDashboard] = createContext<Dashboard>();

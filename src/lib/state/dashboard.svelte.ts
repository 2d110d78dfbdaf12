import { createContext, untrack } from 'svelte';
import { layoutChord, type ChordLayout, type RibbonItem } from '../chord/layout';
import {
	buildPairMatrix,
	MAX_TYPE_RIBBONS,
	neighbours,
	typeCellCount,
	type PairMatrix
} from '../chord/matrix';
import { actorNames, type ActorLabel, type ActorNames } from '../data/actor-names';
import type { LinkCount } from '../data/count';
import { filterLinks, linksPerActor, type FilteredLinks } from '../data/filter';
import {
	LINK_TYPE_IDS,
	type ActorId,
	type Link,
	type LinkCore,
	type LinkTypeId
} from '../data/types';
import { FIRST_YEAR, lastYearOf } from '../data/years';
import { mapLinks, type MapLinkItem } from '../geo/links';
import type { MapLayout } from '../geo/map-layout';
import { countsByYear, timelineLayers, type TimelineLayer } from '../timeline/bars';
import { afterNextPaint } from './defer';
import type { LinkDetails } from './details.svelte';
import { describeView, selectionPhrase } from './title';
import {
	defaultView,
	parseView,
	serialiseView,
	type ShareableView,
	type UrlProblem,
	type ViewBounds
} from './url';

/** What the dashboard is built from: prepared at build time, fixed for the page's life. */
export interface DashboardData {
	/** The dataset's version: its last year is the last year shown. */
	version: string;
	/** Every link's core, in the dataset's order. */
	links: LinkCore[];
	/** The actors with links, in the dataset's order: the chord's order and what can be pinned. */
	actors: ActorLabel[];
	/** The map's geometry, which no filter changes. */
	map: MapLayout;
}

/**
 * Where the dashboard writes its address's query (`?types=arms`, or empty for the default view): a
 * new history entry, or the current one replaced. The page passes SvelteKit's shallow routing
 * (`pushState`, `replaceState`); tests pass a recorder.
 */
export interface ViewHistory {
	push(href: string): void;
	replace(href: string): void;
}

export type Point = { x: number; y: number };

/** What the text views show: see `Dashboard.settled`. */
export interface SettledView {
	links: FilteredLinks;
	pinned: ActorId | null;
	partner: ActorId | null;
	/** The document's title. */
	title: string;
}
export type ActorPair = { source: ActorId; target: ActorId };

/**
 * What lights up while an actor is active or a ribbon is hovered: drawn over the dimmed views, so
 * a hover paints only these and never the whole diagram.
 */
export interface LitView {
	/** The active actor, or null when a ribbon's pair is lit. */
	actor: ActorId | null;
	/** The actors drawn lit: the active one and its partners in view, or the pair. */
	actors: ReadonlySet<ActorId>;
	ribbons: RibbonItem[];
	mapLinks: MapLinkItem[];
}

/** The chord's geometry in its own units; the SVG scales to its panel. */
const CHORD_GEOMETRY = { innerRadius: 196, outerRadius: 212, padAngle: 0.012, labelSize: 13 };
/** Below this chord panel width (px) labels are abridged and enlarged so they stay legible. */
const COMPACT_BELOW = 520;
/** The timeline's size in its own units. */
export const TIMELINE_SIZE = { width: 360, height: 48, gap: 1 };
/** Play shows one year at a time, for this long each. */
const PLAY_STEP_MS = 900;

/**
 * The dashboard: the view the address describes, what the reader is pointing at, every stage from
 * links to drawn items, and the actions that change them. Components read it from context and
 * call its actions; the page only lays it out. The address is the source of truth for what can be
 * shared: actions write it (a history entry per change, once the change has painted) and
 * `readQuery` takes it back, on load and on back and forward.
 */
export class Dashboard {
	readonly bounds: ViewBounds;
	readonly links: readonly LinkCore[];
	readonly names: ActorNames;
	readonly mapLayout: MapLayout;
	readonly lastYear: number;
	/** The dataset's version. */
	readonly version: string;
	/**
	 * The links' titles, summaries and sources: loaded after the first view (`loadDetails`), and
	 * their code with them, so neither is part of the first view's script. Null until asked for.
	 */
	details: LinkDetails | null = $state.raw(null);
	readonly #detailsUrl: string;
	readonly #order: readonly ActorId[];
	readonly #history: ViewHistory;
	/**
	 * The addresses of views shown but not yet written, in order: `settle` writes them once the
	 * view has painted, as writing an address costs the browser more than a frame on a slow phone.
	 */
	#unwritten: { query: string; replace: boolean }[] = [];

	/** The shared part of the view: what the address holds. Replaced whole, never changed in place. */
	view: ShareableView = $state.raw()!;
	/** The actor under the pointer or keyboard focus: a preview that is never shared. */
	hovered: ActorId | null = $state(null);
	/** The actor with keyboard focus, which Tab returns to: see `tabStop`. */
	focused: ActorId | null = $state(null);
	/** The pair of the chord ribbon under the pointer: its links show in a tooltip. */
	hoveredPair: ActorPair | null = $state(null);
	/** Where a tooltip goes, in viewport px. */
	pointer: Point | null = $state(null);
	/** What the address asked for that the dashboard could not show. */
	notices: UrlProblem[] = $state([]);
	/** Set once the page has hydrated and reads the address. */
	ready = $state(false);
	/** Whether Play is stepping through the years. */
	playing = $state(false);
	/** The chord panel's width in px, once measured: narrow panels abridge the labels. */
	chordWidth = $state(0);
	/**
	 * The links, the pinned actor and the title as the text views (the table, the detail panel,
	 * the document's title) show them: they follow the view once it has painted a change
	 * (`settle`), so the views answer first.
	 */
	settled: SettledView = $state.raw()!;
	#timer: ReturnType<typeof setInterval> | undefined;

	// The stages, from the links to what the views draw: derived values, set in the constructor.
	// Each part of the view on its own: it changes only when that part of the address does, so a
	// pin does not refilter the links and a type toggle does not redo the year filter.
	readonly from: number;
	readonly to: number;
	readonly pinned: ActorId | null;
	/** The pinned actor's partner whose pair is lit, if a pair is pinned. */
	readonly partner: ActorId | null;
	readonly #typesKey: string;
	readonly shownTypes: readonly LinkTypeId[];
	/** Links in force in the years, of any type: what the type toggles count. */
	readonly inYears: FilteredLinks;
	readonly filtered: FilteredLinks;
	readonly matrix: PairMatrix;
	/** Whether each pair is drawn as one ribbon: see `MAX_TYPE_RIBBONS`. */
	readonly typesMerged: boolean;
	readonly compact: boolean;
	readonly chord: ChordLayout;
	readonly mapLinks: MapLinkItem[];
	/** Actors with links in view; the map draws the others muted. */
	readonly present: ReadonlySet<ActorId>;
	/** Links per actor in view, each link once: accessible names, tooltips and readouts say it. */
	readonly totals: ReadonlyMap<ActorId, LinkCount>;
	readonly typeCounts: ReadonlyMap<LinkTypeId, number>;
	/** Links in force per year, of the shown types, over every year: the timeline's bars. */
	readonly timeline: TimelineLayer[];
	readonly title: string;
	/** What the view shows, in words: "arms and missions, 2018–2025". */
	readonly selection: string;
	/** The actor whose links are highlighted: the hovered one previews over the pinned one. */
	readonly active: ActorId | null;
	readonly lit: LitView | null;
	readonly #settledLinks: FilteredLinks;
	/** The settled links with their titles, summaries and sources, once those have loaded. */
	readonly textLinks: Link[];

	/** `detailsUrl` is where the dataset download is, which holds the links' details. */
	constructor(data: DashboardData, history: ViewHistory, detailsUrl: string) {
		this.links = data.links;
		this.#detailsUrl = detailsUrl;
		this.names = actorNames(data.actors);
		this.mapLayout = data.map;
		this.lastYear = lastYearOf(data.version);
		this.version = data.version;
		this.#order = data.actors.map((a) => a.id);
		this.#history = history;
		this.bounds = { minYear: FIRST_YEAR, maxYear: this.lastYear, actors: this.#order };
		this.view = defaultView(this.bounds);
		this.settled = {
			links: [],
			pinned: null,
			partner: null,
			title: describeView(this.view, this.bounds, this.names.name)
		};

		// In the order the data flows; each recomputes only when what it reads changes.
		this.from = $derived(this.view.from);
		this.to = $derived(this.view.to);
		this.pinned = $derived(this.view.pinned);
		this.partner = $derived(this.view.partner);
		this.#typesKey = $derived(this.view.types.join());
		this.shownTypes = $derived(LINK_TYPE_IDS.filter((t) => this.#typesKey.split(',').includes(t)));
		this.inYears = $derived(
			filterLinks(
				this.links,
				{ types: new Set(LINK_TYPE_IDS), from: this.from, to: this.to },
				this.lastYear
			)
		);
		this.filtered = $derived.by(() => {
			const shown = this.shownTypes;
			return this.inYears.filter((l) => shown.includes(l.type));
		});
		this.matrix = $derived(buildPairMatrix(this.filtered, this.#order));
		this.typesMerged = $derived(typeCellCount(this.matrix) > MAX_TYPE_RIBBONS);
		this.compact = $derived(this.chordWidth > 0 && this.chordWidth < COMPACT_BELOW);
		this.chord = $derived(
			layoutChord(
				this.matrix,
				{ ...CHORD_GEOMETRY, labelSize: this.compact ? 21 : CHORD_GEOMETRY.labelSize },
				this.typesMerged
			)
		);
		this.mapLinks = $derived(mapLinks(this.matrix, this.mapLayout.positions, this.typesMerged));
		this.present = $derived(new Set(this.matrix.actors));
		this.totals = $derived(linksPerActor(this.filtered));
		this.typeCounts = $derived(
			new Map(LINK_TYPE_IDS.map((t) => [t, this.inYears.filter((l) => l.type === t).length]))
		);
		this.timeline = $derived.by(() => {
			const shown = this.shownTypes;
			return timelineLayers(
				countsByYear(
					this.links.filter((l) => shown.includes(l.type)),
					this.bounds.minYear,
					this.bounds.maxYear,
					this.lastYear
				),
				TIMELINE_SIZE
			);
		});
		this.title = $derived(describeView(this.view, this.bounds, this.names.name));
		this.selection = $derived(selectionPhrase(this.view));
		this.active = $derived(this.hovered ?? this.pinned);
		this.lit = $derived(this.#lit());
		// Through the links alone: a settle that keeps them (a pin) redraws no row of the table.
		this.#settledLinks = $derived(this.settled.links);
		this.textLinks = $derived(this.details?.fullLinks(this.#settledLinks) ?? []);
	}

	#lit(): LitView | null {
		// A pinned pair is lit unless the reader points at something else.
		const pinnedPair =
			this.pinned && this.partner && !this.hovered
				? { source: this.pinned, target: this.partner }
				: null;
		const pair = this.hoveredPair ?? pinnedPair;
		const actor = pair ? null : this.active;
		if (!actor && !pair) return null;
		const touches = (item: ActorPair) =>
			actor
				? item.source === actor || item.target === actor
				: (item.source === pair!.source && item.target === pair!.target) ||
					(item.source === pair!.target && item.target === pair!.source);
		const actors = actor
			? new Set([actor, ...neighbours(this.matrix, actor)])
			: new Set([pair!.source, pair!.target]);
		return {
			actor,
			actors,
			ribbons: this.chord.ribbons.filter(touches),
			mapLinks: this.mapLinks.filter(touches)
		};
	}

	/** The query of the view with `change` applied: `?types=arms`, or empty for the default view. */
	query(change: Partial<ShareableView> = {}): string {
		const query = serialiseView({ ...this.view, ...change }, this.bounds);
		return query ? `?${query}` : '';
	}

	/**
	 * Takes the view from an address's query (`?types=arms`, or without the `?`): on load, and on
	 * back and forward. It keeps the current view object when the query describes the same view,
	 * so nothing downstream recomputes.
	 */
	readQuery(query: string): void {
		const { view, problems } = parseView(new URLSearchParams(query), this.bounds);
		const current = untrack(() => this.view);
		if (serialiseView(view, this.bounds) !== serialiseView(current, this.bounds)) {
			// The address read now is the truth: views shown before it are not written over it.
			this.#unwritten = [];
			this.view = view;
		}
		this.notices = problems;
	}

	/**
	 * Shows the view, and queues its address for `settle`: a new history entry, or the current one
	 * replaced.
	 */
	#show(change: Partial<ShareableView>, replace = false): void {
		const next = { ...this.view, ...change };
		if (serialiseView(next, this.bounds) === serialiseView(this.view, this.bounds)) return;
		this.view = next;
		this.notices = [];
		this.#unwritten.push({ query: this.query(), replace });
	}

	/**
	 * Loads the links' details, unless they are loading or loaded; after a failure, only when
	 * `retry` (a reader's request), not on its own.
	 */
	async loadDetails(retry = true): Promise<void> {
		if (!this.details) {
			const { LinkDetails } = await import('./details.svelte');
			this.details ??= new LinkDetails(
				this.#detailsUrl,
				this.version,
				this.links.map((l) => l.id)
			);
		}
		if (retry || this.details.status !== 'error') await this.details.load();
	}

	isShown(type: LinkTypeId): boolean {
		return this.shownTypes.includes(type);
	}

	toggleType(type: LinkTypeId): void {
		const shown = (t: LinkTypeId) => (t === type ? !this.isShown(t) : this.isShown(t));
		this.#show({ types: LINK_TYPE_IDS.filter(shown) });
	}

	showOnly(type: LinkTypeId): void {
		this.#show({ types: [type] });
	}

	/** Shows `from` to `to`, clamped to the data's years; the ends never cross. */
	setYears(from: number, to: number, replace = false): void {
		const clamp = (year: number) =>
			Math.min(this.bounds.maxYear, Math.max(this.bounds.minYear, Math.round(year)));
		const [a, b] = [clamp(from), clamp(to)];
		this.#show({ from: Math.min(a, b), to: Math.max(a, b) }, replace);
	}

	/** Pins `actor`, or unpins it when it is the pinned one. */
	pin(actor: ActorId): void {
		this.#show({ pinned: actor === this.view.pinned ? null : actor, partner: null });
	}

	/** Pins a pair: the first actor, and its ties with the second. */
	pinPair(actor: ActorId, partner: ActorId): void {
		this.#show({ pinned: actor, partner });
	}

	unpin(): void {
		this.#show({ pinned: null, partner: null });
	}

	/** Previews an actor under the pointer, with its tooltip at `at`. */
	hover(actor: ActorId, at: Point): void {
		this.hovered = actor;
		this.pointer = at;
	}

	/** Ends the preview of `actor`, unless another has taken its place. */
	leave(actor: ActorId): void {
		if (this.hovered === actor) this.hovered = null;
	}

	/** Previews an actor that has keyboard focus, and makes it the one Tab returns to. */
	focus(actor: ActorId, at: Point): void {
		this.focused = actor;
		this.hover(actor, at);
	}

	/** Keyboard focus has left `actor` for something that is not an actor. */
	blur(actor: ActorId): void {
		if (this.focused === actor) this.focused = null;
		this.leave(actor);
	}

	hoverPair(pair: ActorPair, at: Point): void {
		const current = this.hoveredPair;
		if (current?.source !== pair.source || current.target !== pair.target) this.hoveredPair = pair;
		this.pointer = at;
	}

	leavePair(): void {
		this.hoveredPair = null;
	}

	movePointer(at: Point): void {
		if (this.hovered || this.hoveredPair) this.pointer = at;
	}

	/** Steps a one-year view through time, from the range's start, replacing the address. */
	play(): void {
		const { from, to } = this.view;
		const { minYear, maxYear } = this.bounds;
		let year = from === to ? (to < maxYear ? to + 1 : minYear) : from;
		this.playing = true;
		this.setYears(year, year, true);
		clearInterval(this.#timer);
		this.#timer = setInterval(() => {
			if (year >= maxYear) return this.stop();
			year += 1;
			this.setYears(year, year, true);
		}, PLAY_STEP_MS);
	}

	stop(): void {
		this.playing = false;
		clearInterval(this.#timer);
	}

	/**
	 * Writes the addresses of the views shown, in order, and lets the text views catch up with
	 * the view: the page calls it once a change has painted.
	 */
	settle(): void {
		const unwritten = this.#unwritten;
		this.#unwritten = [];
		for (const { query, replace } of unwritten) {
			if (replace) this.#history.replace(query);
			else this.#history.push(query);
		}
		this.settled = {
			links: this.filtered,
			pinned: this.pinned,
			partner: this.partner,
			title: this.title
		};
	}

	/**
	 * Settles once the view's latest change has painted. Call it in an effect: it reads the view,
	 * so the effect runs again on each change, and returns the cleanup that cancels a settle a
	 * newer change has overtaken.
	 */
	settleWhenPainted(): () => void {
		void this.view;
		return afterNextPaint(() => this.settle());
	}

	dismissNotices(): void {
		this.notices = [];
	}
}

export const [getDashboard, setDashboard] = createContext<Dashboard>();

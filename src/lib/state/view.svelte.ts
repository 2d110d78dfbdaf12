import { LINK_TYPE_IDS, type ActorId, type LinkTypeId } from '../data/types';
import {
	defaultView,
	parseView,
	viewQuery,
	type ShareableView,
	type UrlProblem,
	type ViewBounds
} from './url';

/**
 * Where the view's address goes: a new history entry, or the current one replaced. Given the
 * query (`?types=arms`, or empty for the default view). The page passes SvelteKit's shallow
 * routing (`pushState`, `replaceState`); tests pass a recorder.
 */
export interface ViewHistory {
	push(query: string): void;
	replace(query: string): void;
}

/**
 * The view and its address: what a shared link holds (`ShareableView`), the actions that change
 * it, and its way to and from the address bar. One way out: an action shows the view at once and
 * queues its address, which `settle` writes once the change has painted. One way in: `arrive`, on
 * load and on back and forward, never for an address this state wrote itself.
 */
export class ViewState {
	readonly bounds: ViewBounds;
	readonly #history: ViewHistory;
	/** The view shown. Replaced whole, never changed in place. */
	current: ShareableView = $state.raw()!;
	/** The current view's query: two views are the same view when their queries are. */
	#query = '';
	/** What the last address that arrived asked for that the dashboard could not show. */
	notices: UrlProblem[] = $state([]);
	/** Addresses of views shown and not yet written, in order (see `settle`). */
	#unwritten: { query: string; replace: boolean }[] = [];

	// Each part of the view on its own: what reads one changes only when that part does, so a pin
	// does not refilter the links and a type toggle does not redo the years.
	readonly from: number;
	readonly to: number;
	/** The pinned actor: `focus` in the address. */
	readonly pinned: ActorId | null;
	/** The pinned actor's partner whose pair is pinned: `with` in the address. */
	readonly partner: ActorId | null;
	readonly #typesKey: string;
	/** The types shown, in the palette's order. */
	readonly shownTypes: readonly LinkTypeId[];

	constructor(bounds: ViewBounds, history: ViewHistory) {
		this.bounds = bounds;
		this.#history = history;
		this.current = defaultView(bounds);
		this.from = $derived(this.current.from);
		this.to = $derived(this.current.to);
		this.pinned = $derived(this.current.pinned);
		this.partner = $derived(this.current.partner);
		this.#typesKey = $derived(this.current.types.join());
		this.shownTypes = $derived(LINK_TYPE_IDS.filter((t) => this.#typesKey.split(',').includes(t)));
	}

	/** The query of the view with `change` applied: `?types=arms`, or empty for the default view. */
	query(change: Partial<ShareableView> = {}): string {
		return viewQuery({ ...this.current, ...change }, this.bounds);
	}

	/**
	 * An address arrives (`?types=arms`, with or without the `?`): on load, and on back and
	 * forward. Views shown but not yet written are dropped: the address read now is the truth.
	 * The same view keeps its object, so nothing downstream recomputes.
	 */
	arrive(query: string): void {
		const { view, problems } = parseView(new URLSearchParams(query), this.bounds);
		this.#unwritten = [];
		this.#change(view);
		this.notices = problems;
	}

	/** Shows the view with `change` applied and queues its address: a new entry, or a replaced one. */
	#show(change: Partial<ShareableView>, replace = false): void {
		if (!this.#change({ ...this.current, ...change })) return;
		this.notices = [];
		this.#unwritten.push({ query: this.#query, replace });
	}

	/** Shows `view` unless it is the view shown; says whether it did. */
	#change(view: ShareableView): boolean {
		const query = viewQuery(view, this.bounds);
		if (query === this.#query) return false;
		this.#query = query;
		this.current = view;
		return true;
	}

	/** Writes the addresses of the views shown since the last call, in order. */
	settle(): void {
		const unwritten = this.#unwritten;
		this.#unwritten = [];
		for (const { query, replace } of unwritten) {
			if (replace) this.#history.replace(query);
			else this.#history.push(query);
		}
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
		this.#show({ pinned: actor === this.current.pinned ? null : actor, partner: null });
	}

	/** Pins a pair: the first actor, and its ties with the second. */
	pinPair(actor: ActorId, partner: ActorId): void {
		this.#show({ pinned: actor, partner });
	}

	unpin(): void {
		this.#show({ pinned: null, partner: null });
	}

	dismissNotices(): void {
		this.notices = [];
	}
}

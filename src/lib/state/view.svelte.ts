import { createContext, untrack } from 'svelte';
import { LINK_TYPE_IDS, type ActorId, type LinkTypeId } from '../data/types';
import type { SortKey, TableSort } from '../table/rows';
import {
	defaultView,
	parseView,
	serialiseView,
	type ShareableView,
	type UrlProblem,
	type ViewBounds
} from './url';

/**
 * The page's one piece of UI state. The shareable part follows the URL (see `applyUrl`); user
 * actions build the next URL with `hrefWith` and navigate, so the URL stays the source of truth.
 */
export class ViewState {
	readonly bounds: ViewBounds;
	shareable: ShareableView = $state()!;
	/** The actor under the pointer or keyboard focus: a preview that is never shared. */
	hovered: ActorId | null = $state(null);
	/** The chord ribbon's pair under the pointer: its links show in a tooltip. */
	hoveredPair: { source: ActorId; target: ActorId } | null = $state(null);
	/** Where the tooltip goes, in viewport px. */
	pointer: { x: number; y: number } | null = $state(null);
	notices: UrlProblem[] = $state([]);
	/** How the links table is sorted and searched: not part of the shared view. */
	tableSort: TableSort = $state({ key: 'years', descending: true });
	tableQuery = $state('');
	/** Whether the table renders every matching row, past its row limit. */
	tableShowAll = $state(false);
	/** Set once the page has hydrated and reads the URL. */
	ready = $state(false);

	// Each part of the shareable view on its own: it changes only when that part of the address
	// does, so a pin does not refilter the links and a type toggle does not redo the year filter.
	readonly from: number = $derived(this.shareable.from);
	readonly to: number = $derived(this.shareable.to);
	readonly focus: ActorId | null = $derived(this.shareable.focus);
	readonly #typesKey: string = $derived(this.shareable.types.join());
	readonly #shownTypes: readonly string[] = $derived(this.#typesKey.split(','));

	/** The actor whose links are highlighted: the hovered one previews over the pinned one. */
	readonly active: ActorId | null = $derived(this.hovered ?? this.focus);

	isShown(type: LinkTypeId): boolean {
		return this.#shownTypes.includes(type);
	}

	constructor(bounds: ViewBounds) {
		this.bounds = bounds;
		this.shareable = defaultView(bounds);
	}

	/**
	 * Takes the view from the address. It reads no other state, so the effect that calls it runs
	 * only when the address changes, and it keeps the current object when the view is the same,
	 * so nothing downstream recomputes for, say, a #fragment.
	 */
	applyUrl(url: URL): void {
		const { view, problems } = parseView(url.searchParams, this.bounds);
		const current = untrack(() => this.shareable);
		if (serialiseView(view, this.bounds) !== serialiseView(current, this.bounds))
			this.shareable = view;
		this.notices = problems;
	}

	/** The address of the view with `change` applied. */
	hrefWith(change: Partial<ShareableView>): string {
		const query = serialiseView({ ...this.shareable, ...change }, this.bounds);
		return query ? `?${query}` : '?';
	}

	hrefToggling(type: LinkTypeId): string {
		const shown = (t: LinkTypeId) => (t === type ? !this.isShown(t) : this.isShown(t));
		return this.hrefWith({ types: LINK_TYPE_IDS.filter(shown) });
	}

	hrefOnly(type: LinkTypeId): string {
		return this.hrefWith({ types: [type] });
	}

	hrefPinning(actor: ActorId | null): string {
		return this.hrefWith({ focus: actor === this.shareable.focus ? null : actor });
	}

	sortTableBy(key: SortKey): void {
		this.tableSort =
			this.tableSort.key === key
				? { key, descending: !this.tableSort.descending }
				: { key, descending: key === 'years' };
	}

	dismissNotices(): void {
		this.notices = [];
	}
}

export const [getViewState, setViewState] = createContext<ViewState>();

import { LINK_TYPE_IDS, type ActorId, type LinkTypeId } from '../data/types';

/** Everything a shared link carries. */
export interface ShareableView {
	/** Shown types, in the canonical order of LINK_TYPE_IDS. */
	types: LinkTypeId[];
	from: number;
	to: number;
	pinned: ActorId | null;
	/** A partner of the pinned actor: the pair's links are lit. Only with `pinned`. */
	partner: ActorId | null;
}

export interface ViewBounds {
	minYear: number;
	maxYear: number;
	actors: readonly ActorId[];
}

/** What was wrong with a part of the URL; `problemText` (loaded with the notice) says it in words. */
export type UrlProblemKind =
	| 'no-known-type'
	| 'unknown-types'
	| 'not-a-year'
	| 'out-of-range'
	| 'swapped'
	| 'no-actor'
	| 'no-partner'
	| 'partner-needs-focus'
	| 'partner-is-pinned'
	| 'unknown-parameter';

/** A part of the URL the page could not use, and what it did instead. */
export interface UrlProblem {
	parameter: string;
	value: string;
	kind: UrlProblemKind;
	/** What was used instead, or which values were not known. */
	used?: string;
}

const KEYS: Required<{ [K in keyof ShareableView]: string }> = {
	types: 'types',
	from: 'from',
	to: 'to',
	pinned: 'focus',
	partner: 'with'
};
const KNOWN = new Set(Object.values(KEYS));

export function defaultView(bounds: ViewBounds): ShareableView {
	return {
		types: [...LINK_TYPE_IDS],
		from: bounds.minYear,
		to: bounds.maxYear,
		pinned: null,
		partner: null
	};
}

function parseTypes(raw: string, problems: UrlProblem[]): LinkTypeId[] {
	if (raw.trim() === '') return [];
	const wanted = new Set(raw.split(',').map((t) => t.trim().toLowerCase()));
	const unknown = [...wanted].filter((t) => !(LINK_TYPE_IDS as readonly string[]).includes(t));
	const types = LINK_TYPE_IDS.filter((t) => wanted.has(t));
	if (types.length === 0) {
		problems.push({ parameter: KEYS.types, value: raw, kind: 'no-known-type' });
		return [...LINK_TYPE_IDS];
	}
	if (unknown.length > 0)
		problems.push({
			parameter: KEYS.types,
			value: raw,
			kind: 'unknown-types',
			used: unknown.join(',')
		});
	return types;
}

function parseYear(
	key: string,
	raw: string,
	fallback: number,
	bounds: ViewBounds,
	problems: UrlProblem[]
): number {
	if (!/^\s*-?\d{1,6}\s*$/.test(raw)) {
		problems.push({ parameter: key, value: raw, kind: 'not-a-year', used: String(fallback) });
		return fallback;
	}
	const year = Number(raw);
	const clamped = Math.min(bounds.maxYear, Math.max(bounds.minYear, year));
	if (clamped !== year)
		problems.push({ parameter: key, value: raw, kind: 'out-of-range', used: String(clamped) });
	return clamped;
}

/**
 * Reads a view from a query string. Never throws: every value it cannot use is replaced by the
 * nearest valid one and reported, so the page can tell the user what part of the link it ignored.
 */
export function parseView(
	params: URLSearchParams,
	bounds: ViewBounds
): { view: ShareableView; problems: UrlProblem[] } {
	const problems: UrlProblem[] = [];
	const view = defaultView(bounds);

	const types = params.get(KEYS.types);
	if (types !== null) view.types = parseTypes(types, problems);

	const from = params.get(KEYS.from);
	if (from !== null) view.from = parseYear(KEYS.from, from, bounds.minYear, bounds, problems);
	const to = params.get(KEYS.to);
	if (to !== null) view.to = parseYear(KEYS.to, to, bounds.maxYear, bounds, problems);
	if (view.from > view.to) {
		problems.push({
			parameter: `${KEYS.from}, ${KEYS.to}`,
			value: `${view.from}-${view.to}`,
			kind: 'swapped'
		});
		[view.from, view.to] = [view.to, view.from];
	}

	const actorOf = (raw: string) => bounds.actors.find((a) => a === raw.trim().toUpperCase());
	const focus = params.get(KEYS.pinned);
	if (focus !== null) {
		const actor = actorOf(focus);
		if (actor) view.pinned = actor;
		else problems.push({ parameter: KEYS.pinned, value: focus, kind: 'no-actor' });
	}
	const partner = params.get(KEYS.partner);
	if (partner !== null) {
		const actor = actorOf(partner);
		const problem = (kind: UrlProblemKind) =>
			problems.push({ parameter: KEYS.partner, value: partner, kind });
		if (!actor) problem('no-partner');
		else if (view.pinned === null) problem('partner-needs-focus');
		else if (actor === view.pinned) problem('partner-is-pinned');
		else view.partner = actor;
	}

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key))
			problems.push({ parameter: key, value: params.get(key) ?? '', kind: 'unknown-parameter' });
	return { view, problems };
}

/**
 * Writes a view as a query string (no leading `?`), leaving out defaults, in a fixed parameter
 * order, with commas kept readable.
 */
export function serialiseView(view: ShareableView, bounds: ViewBounds): string {
	const defaults = defaultView(bounds);
	const parts: string[] = [];
	const types = LINK_TYPE_IDS.filter((t) => view.types.includes(t));
	if (types.length !== defaults.types.length) parts.push(`${KEYS.types}=${types.join(',')}`);
	if (view.from !== defaults.from) parts.push(`${KEYS.from}=${view.from}`);
	if (view.to !== defaults.to) parts.push(`${KEYS.to}=${view.to}`);
	if (view.pinned !== null) parts.push(`${KEYS.pinned}=${encodeURIComponent(view.pinned)}`);
	if (view.pinned !== null && view.partner !== null)
		parts.push(`${KEYS.partner}=${encodeURIComponent(view.partner)}`);
	return parts.join('&');
}

/** A view's query: `?types=arms`, or empty for the default view. */
export function viewQuery(view: ShareableView, bounds: ViewBounds): string {
	const query = serialiseView(view, bounds);
	return query ? `?${query}` : '';
}

/**
 * The dashboard's address for a view: every link to `/` is built here, so the parameters' names
 * and order live in one place. Fields left out are the defaults; without `bounds`, any year
 * given is written.
 */
export function dashboardHref(
	view: Partial<ShareableView>,
	bounds: Pick<ViewBounds, 'minYear' | 'maxYear'> = { minYear: -Infinity, maxYear: Infinity }
): '/' | `/?${string}` {
	const all = { ...bounds, actors: [] };
	return `/${viewQuery({ ...defaultView(all), ...view }, all)}` as '/' | `/?${string}`;
}

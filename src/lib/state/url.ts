import { LINK_TYPE_IDS, type ActorId, type LinkTypeId } from '../data/types';

/** Everything a shared link carries. */
export interface ShareableView {
	/** Shown types, in the canonical order of LINK_TYPE_IDS. */
	types: LinkTypeId[];
	from: number;
	to: number;
	pinned: ActorId | null;
}

export interface ViewBounds {
	minYear: number;
	maxYear: number;
	actors: readonly ActorId[];
}

/** A part of the URL the page could not use, and what it did instead. */
export interface UrlProblem {
	parameter: string;
	value: string;
	message: string;
}

const KEYS: Required<{ [K in keyof ShareableView]: string }> = {
	types: 'types',
	from: 'from',
	to: 'to',
	pinned: 'focus'
};
const KNOWN = new Set(Object.values(KEYS));

export function defaultView(bounds: ViewBounds): ShareableView {
	return { types: [...LINK_TYPE_IDS], from: bounds.minYear, to: bounds.maxYear, pinned: null };
}

function parseTypes(raw: string, problems: UrlProblem[]): LinkTypeId[] {
	if (raw.trim() === '') return [];
	const wanted = new Set(raw.split(',').map((t) => t.trim().toLowerCase()));
	const unknown = [...wanted].filter((t) => !(LINK_TYPE_IDS as readonly string[]).includes(t));
	const types = LINK_TYPE_IDS.filter((t) => wanted.has(t));
	if (types.length === 0) {
		problems.push({
			parameter: KEYS.types,
			value: raw,
			message: `no known link type in "${raw}": showing all types`
		});
		return [...LINK_TYPE_IDS];
	}
	if (unknown.length > 0)
		problems.push({
			parameter: KEYS.types,
			value: raw,
			message: `ignored unknown link type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')}`
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
		problems.push({
			parameter: key,
			value: raw,
			message: `"${raw}" is not a year: using ${fallback}`
		});
		return fallback;
	}
	const year = Number(raw);
	const clamped = Math.min(bounds.maxYear, Math.max(bounds.minYear, year));
	if (clamped !== year)
		problems.push({
			parameter: key,
			value: raw,
			message: `${year} is outside ${bounds.minYear}-${bounds.maxYear}: using ${clamped}`
		});
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
			message: `from (${view.from}) is after to (${view.to}): swapped them`
		});
		[view.from, view.to] = [view.to, view.from];
	}

	const focus = params.get(KEYS.pinned);
	if (focus !== null) {
		const id = focus.trim().toUpperCase();
		const actor = bounds.actors.find((a) => a === id);
		if (actor) view.pinned = actor;
		else
			problems.push({
				parameter: KEYS.pinned,
				value: focus,
				message: `no actor "${focus}" in the data: nothing is pinned`
			});
	}

	for (const key of new Set(params.keys()))
		if (!KNOWN.has(key))
			problems.push({
				parameter: key,
				value: params.get(key) ?? '',
				message: `unknown parameter "${key}" ignored`
			});
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
	return parts.join('&');
}

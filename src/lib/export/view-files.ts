import type { Link } from '../data/types';
import { LINK_TYPE_IDS } from '../data/vocabulary';
import type { ShareableView } from '../state/url';

/**
 * A file name that says what view a download holds, e.g.
 * `caucasus-ties_arms-mission_2015-2025_ARM.png`; the default view is `caucasus-ties_all_1991-2026`.
 */
export function viewFileName(view: ShareableView, extension: string): string {
	const types =
		view.types.length === LINK_TYPE_IDS.length
			? 'all'
			: view.types.length === 0
				? 'none'
				: LINK_TYPE_IDS.filter((t) => view.types.includes(t)).join('-');
	const years = view.from === view.to ? `${view.from}` : `${view.from}-${view.to}`;
	const who = view.pinned ? [[view.pinned, ...(view.partner ? [view.partner] : [])].join('-')] : [];
	const parts = ['caucasus-ties', types, years, ...who];
	return `${parts.join('_')}.${extension}`;
}

/** The links of a view as a JSON file: what is shown, where it was shown, and from which data. */
export function viewJson(links: readonly Link[], version: string, address: string): string {
	return JSON.stringify({ version, view: address, links }, null, 1);
}

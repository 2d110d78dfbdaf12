import { LINK_TYPES } from '../data/link-types';
import type { ActorId } from '../data/types';
import { defaultView, type ShareableView, type ViewBounds } from './url';

export const SITE_NAME = 'Caucasus Ties';

function listed(words: string[]): string {
	return words.length <= 1
		? (words[0] ?? '')
		: `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What a view shows, in words: "arms and missions, 2018–2025". */
export function selectionPhrase(view: ShareableView): string {
	const nouns = LINK_TYPES.filter((t) => view.types.includes(t.id)).map((t) => t.noun);
	const what =
		nouns.length === 0
			? 'no link types'
			: nouns.length === LINK_TYPES.length
				? 'all ties'
				: nouns.length <= 3
					? listed(nouns)
					: `${nouns.length} link types`;
	const when = view.from === view.to ? `${view.from}` : `${view.from}–${view.to}`;
	return `${what}, ${when}`;
}

/**
 * A title that tells shared views apart in tabs and bookmarks, e.g.
 * "Armenia: arms and missions, 2018–2025 - Caucasus Ties". The default view is just the site.
 */
export function describeView(
	view: ShareableView,
	bounds: ViewBounds,
	nameOf: (id: ActorId) => string
): string {
	const defaults = defaultView(bounds);
	const allTypes = view.types.length === LINK_TYPES.length;
	const allYears = view.from === defaults.from && view.to === defaults.to;
	if (allTypes && allYears && view.pinned === null) return SITE_NAME;

	const phrase = selectionPhrase(view);
	const who = view.pinned
		? view.partner
			? `${nameOf(view.pinned)} and ${nameOf(view.partner)}`
			: nameOf(view.pinned)
		: null;
	const subject = who ? `${who}: ${phrase}` : phrase[0]!.toUpperCase() + phrase.slice(1);
	return `${subject} - ${SITE_NAME}`;
}

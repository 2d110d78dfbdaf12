import { LINK_TYPES } from '../data/link-types';
import type { ActorId } from '../data/types';
import { t } from '../i18n/first-view';
import { defaultView, type ShareableView, type ViewBounds } from './url';

export const SITE_NAME = 'Caucasus Ties';

/**
 * "a, b and c" in the page's locale. A message, not `Intl.ListFormat`: some browsers ship without
 * the region's locales, and would join their words with an English "and".
 */
export function listed(words: string[]): string {
	return words.length <= 1
		? (words[0] ?? '')
		: t('list_and', { list: words.slice(0, -1).join(', '), last: words[words.length - 1]! });
}

/** What a view shows, in words: "arms and missions, 2018–2025". */
export function selectionPhrase(view: ShareableView): string {
	const nouns = LINK_TYPES.filter((t) => view.types.includes(t.id)).map((t) => t.noun);
	const what =
		nouns.length === 0
			? t('no_types')
			: nouns.length === LINK_TYPES.length
				? t('all_ties')
				: nouns.length <= 3
					? listed(nouns)
					: t('n_types', { count: nouns.length });
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
		? listed([view.pinned, view.partner].filter((id) => id !== null).map(nameOf))
		: null;
	const subject = who ? `${who}: ${phrase}` : phrase[0]!.toUpperCase() + phrase.slice(1);
	return t('page_title', { page: subject, site: SITE_NAME });
}

/** The view's title as a heading: the site's own for the default view says what it shows. */
export function viewHeading(title: string): string {
	return title === SITE_NAME ? t('site_all_ties', { site: SITE_NAME }) : title;
}

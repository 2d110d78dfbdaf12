import { delocalizePath, localeOfPath } from '$lib/i18n/locale-paths';
import { defineCustomClientStrategy } from '$lib/paraglide/runtime';
import type { Reroute } from '@sveltejs/kit';

/**
 * The locale is the path's prefix (see locale-paths.ts): `/ru/actors/GEO` is the page of
 * `/actors/GEO`, in Russian. The same rule as Paraglide's `deLocalizeUrl` with its default URL
 * patterns, in a few bytes rather than its URL-pattern matcher (the first view's budget).
 */
export const reroute: Reroute = ({ url }) => delocalizePath(url.pathname);

defineCustomClientStrategy('custom-prefix', {
	getLocale: () => (typeof location === 'undefined' ? undefined : localeOfPath(location.pathname)),
	// The language switch is links to the other locale's pages: nothing to store.
	setLocale: () => {}
});

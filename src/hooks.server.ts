import { delocalizePath, localeOfPath } from '$lib/i18n/locale-paths';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { dashboardFile } from '$lib/server/dashboard-data';
import { DASHBOARD_DATASET } from '$lib/server/dashboard-dataset';
import { DATASET } from '$lib/server/dataset';
import { alternateTags, languageSwitch } from '$lib/server/locale-tags';
import { previewOf, previewTags } from '$lib/server/preview-tags';
import { siteFooter } from '$lib/server/site-footer';
import {
	FIRST_VIEW_ID,
	FIRST_VIEW_KEYS,
	setFirstViewSource,
	type FirstViewCatalogue
} from '$lib/i18n/first-view';
import { LOCALES } from '$lib/data/vocabulary';
import { getLocale } from '$lib/paraglide/runtime';
import type { Handle } from '@sveltejs/kit';
import {
	DASHBOARD_FILE_PRELOAD,
	dashboardFileHref,
	setDashboardFileSource,
	showsDashboard
} from '$lib/state/dashboard-file';
import az from '../messages/az.json';
import en from '../messages/en.json';
import hy from '../messages/hy.json';
import ka from '../messages/ka.json';
import ru from '../messages/ru.json';

/** Each locale's first-view messages (see first-view.ts), as the page carries them. */
const CATALOGUES = { en, hy, az, ka, ru } as Record<string, Record<string, unknown>>;
const FIRST_VIEW = new Map<string, FirstViewCatalogue>(
	LOCALES.map((locale) => [
		locale,
		{
			locale,
			messages: Object.fromEntries(FIRST_VIEW_KEYS.map((key) => [key, CATALOGUES[locale]![key]]))
		}
	])
);
setFirstViewSource(() => FIRST_VIEW.get(getLocale()));
// The dashboard's file as server rendering draws it: from the dataset, not through `fetch`.
setDashboardFileSource(() => dashboardFile(DASHBOARD_DATASET).content);

/**
 * Renders each page in the locale of its path (`/ru/actors/GEO` in Russian; the messages read it
 * through Paraglide's request store) and writes into its HTML as it is prerendered: its `lang`,
 * its link-preview tags (see preview-tags.ts) and its locales' alternates and language switch
 * (see locale-tags.ts), and the site's footer with the dataset's citation (see site-footer.ts).
 * Build with VITE_SITE_ORIGIN=https://... to give the preview images, the alternates and the
 * citation absolute addresses.
 */
/** A page's locale is its path's prefix; a preview image's is the prefix after `/og`. */
const requestLocale = (path: string) => localeOfPath(path.replace(/^\/og(?=\/)/, ''));

defineCustomServerStrategy('custom-prefix', {
	getLocale: (request) => (request ? requestLocale(new URL(request.url).pathname) : undefined)
});

export const handle: Handle = ({ event, resolve }) => {
	const origin = import.meta.env.VITE_SITE_ORIGIN ?? '';
	const locale = requestLocale(event.url.pathname);
	const path = delocalizePath(event.url.pathname);
	return paraglideMiddleware(event.request, () => {
		const preview = previewOf(path, DATASET, locale);
		const tags = preview ? previewTags(preview, origin, locale) : null;
		const footer = siteFooter(path, DATASET.version, origin, locale);
		const page = event.route.id !== null && !/\.\w+$/.test(path);
		const messages = page
			? `<script type="application/json" id="${FIRST_VIEW_ID}">${JSON.stringify(FIRST_VIEW.get(locale)).replace(/</g, '\\u003c')}</script>`
			: '';
		// A dashboard page's file, preloaded so that it downloads beside the page's script.
		const dashboard = showsDashboard(event.route.id)
			? `<link rel="preload" as="fetch" crossorigin href="${dashboardFileHref(dashboardFile(DASHBOARD_DATASET).hash)}" ${DASHBOARD_FILE_PRELOAD}>`
			: '';
		const head = page
			? [dashboard, tags, alternateTags(path, origin), messages].filter(Boolean).join('\n\t\t')
			: '';
		const langSwitch = page ? languageSwitch(path, locale) : '';
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				let out = html.replace('%lang%', locale);
				if (head) out = out.replace('</head>', `\t${head}\n\t</head>`);
				// After the app: the page's own first Tab stop ("Skip to data table") stays first.
				const foot = [langSwitch, footer].filter(Boolean).join('\n\t\t');
				if (foot) out = out.replace('</body>', `\t${foot}\n\t</body>`);
				return out;
			}
		});
	});
};

import { delocalizePath, localeOfPath } from '$lib/i18n/locale-paths';
import { defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { DATASET } from '$lib/server/dataset';
import { alternateTags, languageSwitch } from '$lib/server/locale-tags';
import { previewOf, previewTags } from '$lib/server/preview-tags';
import { siteFooter } from '$lib/server/site-footer';
import type { Handle } from '@sveltejs/kit';

/**
 * Renders each page in the locale of its path (`/ru/actors/GEO` in Russian; the messages read it
 * through Paraglide's request store) and writes into its HTML as it is prerendered: its `lang`,
 * its link-preview tags (see preview-tags.ts) and its locales' alternates and language switch
 * (see locale-tags.ts), and the site's footer with the dataset's citation (see site-footer.ts).
 * Build with VITE_SITE_ORIGIN=https://... to give the preview images, the alternates and the
 * citation absolute addresses.
 */
defineCustomServerStrategy('custom-prefix', {
	getLocale: (request) => (request ? localeOfPath(new URL(request.url).pathname) : undefined)
});

export const handle: Handle = ({ event, resolve }) => {
	const origin = import.meta.env.VITE_SITE_ORIGIN ?? '';
	const locale = localeOfPath(event.url.pathname);
	const path = delocalizePath(event.url.pathname);
	return paraglideMiddleware(event.request, () => {
		const preview = previewOf(path, DATASET, locale);
		const tags = preview ? previewTags(preview, origin, locale) : null;
		const footer = siteFooter(path, DATASET.version, origin, locale);
		const page = event.route.id !== null && !/\.\w+$/.test(path);
		const head = page ? [tags, alternateTags(path, origin)].filter(Boolean).join('\n\t\t') : '';
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

import { DATASET } from '$lib/server/dataset';
import { previewOf, previewTags } from '$lib/server/preview-tags';
import { siteFooter } from '$lib/server/site-footer';
import type { Handle } from '@sveltejs/kit';

/**
 * Writes each page's link-preview tags (see preview-tags.ts) and the site's footer with the
 * dataset's citation (see site-footer.ts) into its HTML as it is prerendered. Build with
 * VITE_SITE_ORIGIN=https://... to give the preview images and the citation absolute addresses.
 */
export const handle: Handle = ({ event, resolve }) => {
	const origin = import.meta.env.VITE_SITE_ORIGIN ?? '';
	const preview = previewOf(event.url.pathname, DATASET);
	const tags = preview ? previewTags(preview, origin) : null;
	const footer = siteFooter(event.url.pathname, DATASET.version, origin);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let page = html;
			if (tags) page = page.replace('</head>', `\t${tags}\n\t</head>`);
			if (footer) page = page.replace('</body>', `\t${footer}\n\t</body>`);
			return page;
		}
	});
};

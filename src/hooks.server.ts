import { DATASET } from '$lib/server/dataset';
import { previewOf, previewTags } from '$lib/server/preview-tags';
import type { Handle } from '@sveltejs/kit';

/**
 * Writes each page's link-preview tags into its HTML as it is prerendered (see preview-tags.ts).
 * Build with VITE_SITE_ORIGIN=https://... to give the preview images absolute addresses.
 */
export const handle: Handle = ({ event, resolve }) => {
	const preview = previewOf(event.url.pathname, DATASET);
	if (!preview) return resolve(event);
	const tags = previewTags(preview, import.meta.env.VITE_SITE_ORIGIN ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('</head>', `\t${tags}\n\t</head>`)
	});
};

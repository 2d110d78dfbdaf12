import { changesFeed } from '$lib/links/atom';
import { recentChanges } from '$lib/links/changes';
import { DATASET } from '$lib/server/dataset';

export const prerender = true;

/** The Atom feed of `/changes`. */
export function GET(): Response {
	const xml = changesFeed({
		changes: recentChanges(DATASET.links),
		version: DATASET.version,
		origin: import.meta.env.VITE_SITE_ORIGIN ?? ''
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

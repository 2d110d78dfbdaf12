import { CHRONOLOGIES, DATASET } from '$lib/server/dataset';
import { actorCardSvg, png } from '$lib/server/link-previews';
import { actorsWithLinks } from '$lib/trend/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => actorsWithLinks(DATASET).map((a) => ({ id: a.id }));

/** An actor page's link preview. */
export const GET: RequestHandler = ({ params }) =>
	png(actorCardSvg(DATASET, params.id, CHRONOLOGIES));

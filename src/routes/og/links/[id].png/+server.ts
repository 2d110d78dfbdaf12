import { error } from '@sveltejs/kit';
import { DATASET } from '$lib/server/dataset';
import { linkCardSvg, png } from '$lib/server/link-previews';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => DATASET.links.map((l) => ({ id: l.id }));

const BY_ID = new Map(DATASET.links.map((l) => [l.id, l]));

/** A link page's preview: the pair on the map, in the link's type. */
export const GET: RequestHandler = ({ params }) => {
	const link = BY_ID.get(params.id);
	if (!link) error(404, `No link "${params.id}" in the data`);
	return png(linkCardSvg(DATASET, link));
};

import { error } from '@sveltejs/kit';
import { DATASET } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => DATASET.links.map((l) => ({ id: l.id }));

const BY_ID = new Map(DATASET.links.map((l) => [l.id, l]));

/** One link as `/data/ties.json` holds it, with the data version. */
export const GET: RequestHandler = ({ params }) => {
	const link = BY_ID.get(params.id);
	if (!link) error(404, `No link "${params.id}" in the data`);
	return new Response(JSON.stringify({ version: DATASET.version, link }, null, 1), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};

import { REAL_DATASET } from '$lib/data/real';
import { toJson } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(toJson(REAL_DATASET), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}

import { DATASET } from '$lib/server/dataset';
import { toJson } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(toJson(DATASET), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}

import { DATASET } from '$lib/server/dataset';
import { toCsv } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(toCsv(DATASET.links), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}

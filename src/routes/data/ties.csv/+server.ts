import { REAL_DATASET } from '$lib/data/real';
import { toCsv } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(toCsv(REAL_DATASET.links), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}

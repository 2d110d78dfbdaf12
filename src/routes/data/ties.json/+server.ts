import { DASHBOARD_DATASET } from '$lib/server/dashboard-dataset';
import { toJson } from '$lib/data/export';

export const prerender = true;

export function GET(): Response {
	return new Response(toJson(DASHBOARD_DATASET), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}

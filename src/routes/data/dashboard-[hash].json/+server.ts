import { error } from '@sveltejs/kit';
import { dashboardFile } from '$lib/server/dashboard-data';
import { DASHBOARD_DATASET } from '$lib/server/dashboard-dataset';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The part of the dashboard's data that grows with the record (every link's core and the map),
 * out of the HTML of `/`, `/embed` and their locales' versions. Named by its content's hash, so
 * it may be cached for ever (see state/dashboard-file.ts).
 */
export const prerender = true;

export const entries: EntryGenerator = () => [{ hash: dashboardFile(DASHBOARD_DATASET).hash }];

export const GET: RequestHandler = ({ params }) => {
	const file = dashboardFile(DASHBOARD_DATASET);
	if (params.hash !== file.hash) error(404, 'No such version of the dashboard’s data');
	return new Response(file.json, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};

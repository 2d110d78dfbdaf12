import { dataPackage } from '$lib/data/datapackage';
import { DATASET } from '$lib/server/dataset';

export const prerender = true;

/** The Frictionless Data Package describing ties.csv and ties.json. */
export function GET(): Response {
	return new Response(
		JSON.stringify(dataPackage(DATASET.version, import.meta.env.VITE_SITE_ORIGIN ?? ''), null, 1),
		{ headers: { 'content-type': 'application/json; charset=utf-8' } }
	);
}

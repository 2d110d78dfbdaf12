import { citedPublishers } from '$lib/data/export';
import { dashboardData } from '$lib/server/dashboard-data';
import { DATASET } from '$lib/server/dataset';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** Runs once, when the page is prerendered: what the first view draws reaches the page as data. */
export const load: PageServerLoad = () => {
	const publishers = citedPublishers(DATASET.links);
	return {
		dashboard: dashboardData(datasetIn(getLocale())),
		credits: { publishers: publishers.length, mostCited: publishers.slice(0, 8).map((p) => p.name) }
	};
};

import { citedPublishers } from '$lib/data/export';
import { dashboardPageData } from '$lib/server/dashboard-data';
import { DATASET } from '$lib/server/dataset';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/**
 * Runs once, when the page is prerendered. What grows with the record comes from the dashboard's
 * file instead (see state/dashboard-file.ts).
 */
export const load: PageServerLoad = () => {
	const publishers = citedPublishers(DATASET.links);
	return {
		...dashboardPageData(datasetIn(getLocale())),
		credits: { publishers: publishers.length, mostCited: publishers.slice(0, 8).map((p) => p.name) }
	};
};

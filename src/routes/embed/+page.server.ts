import { dashboardPageData } from '$lib/server/dashboard-data';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** The same view data as the dashboard: the embed reads the same address. */
export const load: PageServerLoad = () => dashboardPageData(datasetIn(getLocale()));

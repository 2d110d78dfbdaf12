import { dashboardData } from '$lib/server/dashboard-data';
import { DATASET } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The same view data as the dashboard: the embed reads the same address. */
export const load: PageServerLoad = () => ({ dashboard: dashboardData(DATASET) });

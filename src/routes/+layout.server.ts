import { dashboardFile } from '$lib/server/dashboard-data';
import { DASHBOARD_DATASET } from '$lib/server/dashboard-dataset';
import type { LayoutServerLoad } from './$types';

/** Every page knows the dashboard's file, so that a way to the dashboard can read it first. */
export const load: LayoutServerLoad = () => ({
	dashboardHash: dashboardFile(DASHBOARD_DATASET).hash
});

import { dashboardFile } from '$lib/server/dashboard-data';
import { DATASET } from '$lib/server/dataset';
import type { LayoutServerLoad } from './$types';

/** Every page knows the dashboard's file, so that a way to the dashboard can read it first. */
export const load: LayoutServerLoad = () => ({ dashboardHash: dashboardFile(DATASET).hash });

import { DATASET } from '$lib/server/dataset';
import { dashboardCardSvg, png } from '$lib/server/link-previews';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The dashboard's link preview. */
export const GET: RequestHandler = () => png(dashboardCardSvg(DATASET));

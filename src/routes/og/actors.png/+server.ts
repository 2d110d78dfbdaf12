import { CHRONOLOGIES, DATASET } from '$lib/server/dataset';
import { png, statesCardSvg } from '$lib/server/link-previews';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The states' overview's link preview. */
export const GET: RequestHandler = () => png(statesCardSvg(DATASET, CHRONOLOGIES));

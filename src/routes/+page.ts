import { base } from '$app/paths';
import type { RegionTopology } from '$lib/geo/region';
import type { PageLoad } from './$types';

/**
 * The geography is a static file cut at build time. A failed request leaves the map with an
 * error and a retry; the chord, which needs only the dataset, still works.
 */
export const load: PageLoad = async ({ fetch }) => {
	try {
		const response = await fetch(`${base}/geo/region.json`);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		return { region: (await response.json()) as RegionTopology, regionError: null };
	} catch (error) {
		return { region: null, regionError: error instanceof Error ? error.message : String(error) };
	}
};

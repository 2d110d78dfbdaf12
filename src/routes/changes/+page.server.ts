import { changesByDay, recentChanges } from '$lib/links/changes';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

/** Plain HTML: the list needs no script. */
export const csr = false;

export const load: PageServerLoad = () => {
	const dataset = datasetIn(getLocale());
	const changes = recentChanges(dataset.links);
	return { version: dataset.version, total: dataset.links.length, days: changesByDay(changes) };
};

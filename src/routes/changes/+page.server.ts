import { changesByDay, recentChanges } from '$lib/links/changes';
import { DATASET } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** Plain HTML: the list needs no script. */
export const csr = false;

export const load: PageServerLoad = () => {
	const changes = recentChanges(DATASET.links);
	return { version: DATASET.version, total: DATASET.links.length, days: changesByDay(changes) };
};

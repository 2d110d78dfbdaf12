import { actorLabels, actorNames } from '$lib/data/actor-names';
import { DATASET } from '$lib/server/dataset';
import { sortRows, tableRow } from '$lib/table/rows';
import type { PageServerLoad } from './$types';

/** Plain HTML with no script: every link and its sources for readers without JavaScript. */
export const csr = false;

export const load: PageServerLoad = () => ({
	version: DATASET.version,
	rows: sortRows(
		DATASET.links.map((link) => tableRow(link, actorNames(actorLabels(DATASET.actors)))),
		{ key: 'years', descending: true }
	)
});

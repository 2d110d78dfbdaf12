import { actorLabels, actorNames } from '$lib/data/actor-names';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { sortRows, tableRow } from '$lib/table/rows';
import type { PageServerLoad } from './$types';

/** Plain HTML with no script: every link and its sources for readers without JavaScript. */
export const csr = false;

export const load: PageServerLoad = () => {
	const dataset = datasetIn(getLocale());
	return {
		version: dataset.version,
		rows: sortRows(
			dataset.links.map((link) => tableRow(link, actorNames(actorLabels(dataset.actors)))),
			{ key: 'years', descending: true }
		)
	};
};

import { DATASET } from '$lib/data/dataset';
import { sortRows, tableRow } from '$lib/table/rows';
import type { PageServerLoad } from './$types';

/** Plain HTML with no script: every link and its sources for readers without JavaScript. */
export const csr = false;

export const load: PageServerLoad = () => ({
	version: DATASET.version,
	rows: sortRows(DATASET.links.map(tableRow), { key: 'years', descending: true })
});

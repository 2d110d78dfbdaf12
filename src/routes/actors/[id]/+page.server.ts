import { error } from '@sveltejs/kit';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { CHRONOLOGIES, DATASET } from '$lib/server/dataset';
import { actorSummary, actorsWithLinks, trendData } from '$lib/trend/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every actor with links: the prerenderer builds one per id. */
export const entries: EntryGenerator = () => actorsWithLinks(DATASET).map((a) => ({ id: a.id }));

export const load: PageServerLoad = ({ params }) => {
	const dataset = datasetIn(getLocale());
	if (!actorsWithLinks(dataset).some((a) => a.id === params.id))
		error(404, `No actor "${params.id}" with links in the data`);
	const summary = actorSummary(dataset, params.id);
	return {
		version: dataset.version,
		summary,
		trend: trendData(dataset, params.id, { chronologies: CHRONOLOGIES }),
		rationale: dataset.groups.map(({ id, name, rationale }) => ({ id, name, rationale })),
		titles: Object.fromEntries(summary.links.map((l) => [l.id, l.title]))
	};
};

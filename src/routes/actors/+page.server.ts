import { linkParties } from '$lib/data/filter';
import { datasetIn } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { CHRONOLOGIES } from '$lib/server/dataset';
import { actorsWithLinks, statesTrendData } from '$lib/trend/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dataset = datasetIn(getLocale());
	const groups = new Map(dataset.groups.map((g) => [g.id, g.name]));
	const states = statesTrendData(dataset, CHRONOLOGIES);
	const stateLinks = new Set(states.flatMap((s) => s.links.map((l) => l.id)));
	return {
		version: dataset.version,
		states,
		titles: Object.fromEntries(
			dataset.links.filter((l) => stateLinks.has(l.id)).map((l) => [l.id, l.title])
		),
		names: Object.fromEntries(dataset.actors.map((a) => [a.id, a.name])),
		actors: actorsWithLinks(dataset)
			.map((actor) => ({
				id: actor.id,
				name: actor.name,
				kind: actor.kind,
				group: groups.get(actor.group) ?? actor.group,
				links: dataset.links.filter((l) => linkParties(l).includes(actor.id)).length
			}))
			.sort((a, b) => b.links - a.links || a.name.localeCompare(b.name))
	};
};

import { linkParties } from '$lib/data/filter';
import { CHRONOLOGIES, DATASET } from '$lib/server/dataset';
import { actorsWithLinks, statesTrendData } from '$lib/trend/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const groups = new Map(DATASET.groups.map((g) => [g.id, g.name]));
	const states = statesTrendData(DATASET, CHRONOLOGIES);
	const stateLinks = new Set(states.flatMap((s) => s.links.map((l) => l.id)));
	return {
		version: DATASET.version,
		states,
		titles: Object.fromEntries(
			DATASET.links.filter((l) => stateLinks.has(l.id)).map((l) => [l.id, l.title])
		),
		names: Object.fromEntries(DATASET.actors.map((a) => [a.id, a.name])),
		actors: actorsWithLinks(DATASET)
			.map((actor) => ({
				id: actor.id,
				name: actor.name,
				kind: actor.kind,
				group: groups.get(actor.group) ?? actor.group,
				links: DATASET.links.filter((l) => linkParties(l).includes(actor.id)).length
			}))
			.sort((a, b) => b.links - a.links || a.name.localeCompare(b.name))
	};
};

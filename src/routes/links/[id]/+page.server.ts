import { error } from '@sveltejs/kit';
import { actorNames, actorLabels } from '$lib/data/actor-names';
import { linkParties } from '$lib/data/filter';
import { LINK_TYPES_BY_ID } from '$lib/data/link-types';
import { linkDashboardHref } from '$lib/links/dashboard-view';
import { DATASET } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every link: the prerenderer builds one per id (the name of its data file). */
export const entries: EntryGenerator = () => DATASET.links.map((l) => ({ id: l.id }));

const BY_ID = new Map(DATASET.links.map((l) => [l.id, l]));

export const load: PageServerLoad = ({ params }) => {
	const link = BY_ID.get(params.id);
	if (!link) error(404, `No link "${params.id}" in the data`);
	const names = actorNames(actorLabels(DATASET.actors));
	return {
		version: DATASET.version,
		link,
		typeLabel: LINK_TYPES_BY_ID.get(link.type)?.label ?? link.type,
		typeColour: LINK_TYPES_BY_ID.get(link.type)?.colour,
		parties: linkParties(link).map((id) => ({ id, name: names.name(id) })),
		dashboard: linkDashboardHref(link, DATASET.version),
		/** The site's origin when the build knows it; the browser fills in its own otherwise. */
		origin: import.meta.env.VITE_SITE_ORIGIN ?? '',
		/** The day the page was built: the "accessed" day of its citations until the browser says today. */
		built: new Date().toISOString().slice(0, 10)
	};
};

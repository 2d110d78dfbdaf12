import { error } from '@sveltejs/kit';
import { actorNames, actorLabels } from '$lib/data/actor-names';
import { linkParties } from '$lib/data/filter';
import { LINK_TYPES_BY_ID } from '$lib/data/link-types';
import { linkDashboardHref } from '$lib/links/dashboard-view';
import { formatPartialDate } from '$lib/i18n/format';
import { localizePath } from '$lib/i18n/locale-paths';
import { datasetIn, textStatus } from '$lib/server/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { DATASET } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A page for every link: the prerenderer builds one per id (the name of its data file). */
export const entries: EntryGenerator = () => DATASET.links.map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) => {
	const locale = getLocale();
	const dataset = datasetIn(locale);
	const link = dataset.links.find((l) => l.id === params.id);
	const original = DATASET.links.find((l) => l.id === params.id);
	if (!link || !original) error(404, `No link "${params.id}" in the data`);
	const status = textStatus(locale, link.id);
	const names = actorNames(actorLabels(dataset.actors));
	return {
		version: dataset.version,
		link,
		typeLabel: LINK_TYPES_BY_ID.get(link.type)?.label ?? link.type,
		typeColour: LINK_TYPES_BY_ID.get(link.type)?.colour,
		parties: linkParties(link).map((id) => ({ id, name: names.name(id) })),
		dashboard: localizePath(linkDashboardHref(link, dataset.version), locale),
		/** Each date the page shows, as the locale writes it. */
		dates: Object.fromEntries(
			[link.start, link.end, link.added, link.updated, ...link.sources.map((s) => s.date)]
				.filter((d): d is string => typeof d === 'string')
				.map((d) => [d, formatPartialDate(d, locale)])
		),
		/** How the title and summary read here: original, reviewed, machine, or English (fallback). */
		status,
		/** The English texts, one click away from a translation that nobody fluent has reviewed. */
		english:
			status === 'machine' || status === 'fallback'
				? { title: original.title, summary: original.summary, uncertain: original.uncertain }
				: null,
		/** The site's origin when the build knows it; the browser fills in its own otherwise. */
		origin: import.meta.env.VITE_SITE_ORIGIN ?? '',
		/** The day the page was built: the "accessed" day of its citations until the browser says today. */
		built: new Date().toISOString().slice(0, 10)
	};
};

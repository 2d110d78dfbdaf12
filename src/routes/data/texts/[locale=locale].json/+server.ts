import { error } from '@sveltejs/kit';
import { linkTextsFile } from '$lib/data/link-texts';
import { TRANSLATED_LOCALES } from '$lib/data/vocabulary';
import { datasetIn, textStatus } from '$lib/server/localized';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One file per translated locale: the dashboard's panels read the links' texts from it. */
export const entries: EntryGenerator = () => TRANSLATED_LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => {
	const locale = TRANSLATED_LOCALES.find((l) => l === params.locale);
	if (!locale) error(404, `No texts in "${params.locale}"`);
	const dataset = datasetIn(locale);
	const file = linkTextsFile(dataset.version, locale, dataset.links, (id) =>
		textStatus(locale, id)
	);
	return new Response(JSON.stringify(file), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};

import { TRANSLATED_LOCALES } from '$lib/data/vocabulary';
import type { Locale } from '$lib/i18n/locale-paths';
import { CHRONOLOGIES, DATASET } from '$lib/server/dataset';
import { actorCardSvg, png } from '$lib/server/link-previews';
import { datasetIn } from '$lib/server/localized';
import { actorsWithLinks } from '$lib/trend/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	TRANSLATED_LOCALES.flatMap((locale) =>
		actorsWithLinks(DATASET).map((a) => ({ locale, id: a.id }))
	);

/** An actor page's link preview in a locale, its words in the locale's script. */
export const GET: RequestHandler = ({ params }) =>
	png(actorCardSvg(datasetIn(params.locale as Locale), params.id, CHRONOLOGIES));

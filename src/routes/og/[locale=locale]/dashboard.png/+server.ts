import { TRANSLATED_LOCALES } from '$lib/data/vocabulary';
import type { Locale } from '$lib/i18n/locale-paths';
import { dashboardCardSvg, png } from '$lib/server/link-previews';
import { datasetIn } from '$lib/server/localized';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => TRANSLATED_LOCALES.map((locale) => ({ locale }));

/** The dashboard's link preview in a locale: its words and actor names in the locale's script. */
export const GET: RequestHandler = ({ params }) =>
	png(dashboardCardSvg(datasetIn(params.locale as Locale)));

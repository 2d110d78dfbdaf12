/**
 * The messages the dashboard's first view draws (its headings, controls, accessible names, the
 * link types and counts), read as data rather than code. Paraglide compiles every locale of a
 * message into its module, so the five languages of these messages would all weigh on every first
 * view; instead the server hook writes the page's locale's texts into the page as a JSON block (no
 * script runs from it), and this module reads them there. Server rendering reads the catalogue the
 * hook sets with `setFirstViewSource`; the unit tests set the English one (test-setup.ts).
 */
export interface FirstViewCatalogue {
	locale: string;
	messages: Record<string, unknown>;
}

/** The JSON block's id. */
export const FIRST_VIEW_ID = 'first-view-messages';
/** The messages read through this module: the server hook writes these of the page's locale. */
export const FIRST_VIEW_KEYS = [
	'type_arms',
	'type_treaty',
	'type_mission',
	'type_aid',
	'type_energy',
	'type_diplomacy',
	'type_conflict',
	'noun_arms',
	'noun_treaty',
	'noun_mission',
	'noun_aid',
	'noun_energy',
	'noun_diplomacy',
	'noun_conflict',
	'link_types',
	'only',
	'show_only',
	'link_count',
	'ongoing',
	'site_home',
	'page_title',
	'site_all_ties',
	'no_types',
	'all_ties',
	'n_types',
	'list_and',
	'dash_skip',
	'dash_intro',
	'dash_trends',
	'load_problem',
	'dashboard_data_failed',
	'detail_empty',
	'try_again',
	'dash_filters',
	'dash_filters_label',
	'dash_showing',
	'dash_map',
	'dash_chord',
	'dash_legend',
	'dash_legend_merged',
	'dash_table_title',
	'dash_every_link',
	'dash_no_js',
	'dash_version',
	'dash_download',
	'dash_credits',
	'dash_map_credit',
	'map_label',
	'chord_label',
	'play',
	'pause',
	'years',
	'year_from',
	'year_to',
	'share',
	'could_not_load',
	'loading',
	'embed_open',
	'embed_types',
	'embed_caption'
] as const;

export type FirstViewKey = (typeof FIRST_VIEW_KEYS)[number];

let source: (() => FirstViewCatalogue | undefined) | undefined;
let read: FirstViewCatalogue | undefined;

/** Where server rendering finds the request's catalogue. */
export function setFirstViewSource(get: () => FirstViewCatalogue | undefined): void {
	source = get;
}

function catalogue(): FirstViewCatalogue | undefined {
	if (read) return read;
	const block = typeof document === 'undefined' ? null : document.getElementById(FIRST_VIEW_ID);
	return block ? (read = JSON.parse(block.textContent!)) : source?.();
}

/** The page's locale: `en` unless its catalogue says otherwise. */
export function firstViewLocale(): string {
	return catalogue()?.locale ?? 'en';
}

type Variants = [{ match: Record<string, string> }];

/**
 * The message `key` in the page's locale, its `{parameters}` filled in. A count's message picks
 * its form by the locale's plural rules. Every page carries its catalogue, the English one too, so
 * the first view's script holds no interface text of its own; without one (a unit test that set
 * none) the key itself shows.
 */
export function t(key: FirstViewKey, params: Record<string, string | number> = {}): string {
	const found = catalogue();
	let text = found?.messages[key] as string | Variants | undefined;
	if (Array.isArray(text)) {
		const rule = new Intl.PluralRules(found!.locale).select(Number(params.count));
		text = text[0].match[`countPlural=${rule}`] ?? text[0].match['countPlural=other'];
	}
	return (text ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

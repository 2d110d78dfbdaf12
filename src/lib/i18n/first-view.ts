/**
 * The few messages the dashboard's first view draws (the link types, their toggles, counts of
 * links), read as data rather than code. Paraglide compiles every locale of a message into its
 * module, so the five languages of these messages would all weigh on every first view; instead
 * the server hook writes the page's locale's texts into the page as a JSON block (no script runs
 * from it), and this module reads them there. The English texts are the fallbacks, given at each
 * call (a unit test holds them to messages/en.json). Server rendering reads the catalogue the
 * hook sets with `setFirstViewSource`.
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
	'link_types',
	'only',
	'show_only',
	'link_count',
	'ongoing'
] as const;

let source: (() => FirstViewCatalogue | undefined) | undefined;
let read: FirstViewCatalogue | undefined;

/** Where server rendering finds the request's catalogue. */
export function setFirstViewSource(get: () => FirstViewCatalogue | undefined): void {
	source = get;
}

function catalogue(): FirstViewCatalogue | undefined {
	if (typeof document === 'undefined') return source?.();
	const block = document.getElementById(FIRST_VIEW_ID);
	return (read ??= block ? JSON.parse(block.textContent!) : undefined);
}

/** The page's locale: `en` unless its catalogue says otherwise. */
export function firstViewLocale(): string {
	return catalogue()?.locale ?? 'en';
}

type Variants = [{ match: Record<string, string> }];

/**
 * The message `key` in the page's locale, its `{parameters}` filled in; `english` when the page
 * is English. A count's message (`[one, other]` in English) picks its form by the locale's rules.
 */
export function t(
	key: (typeof FIRST_VIEW_KEYS)[number],
	english: string | [string, string],
	params: Record<string, string | number> = {}
): string {
	const found = catalogue();
	let text = found?.messages[key] as string | Variants | undefined;
	if (Array.isArray(text)) {
		const rule = new Intl.PluralRules(found!.locale).select(Number(params.count));
		text = text[0].match[`countPlural=${rule}`] ?? text[0].match['countPlural=other'];
	}
	if (typeof text !== 'string')
		text = typeof english === 'string' ? english : english[params.count === 1 ? 0 : 1];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

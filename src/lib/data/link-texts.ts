import type { Link } from './types';

/** How a link's text reads in a locale (see server/localized.ts). */
export type TextStatus = 'original' | 'reviewed' | 'machine' | 'fallback';

/** A link's title, summary and uncertainty in one locale, and how they were made. */
export interface LinkText {
	title: string;
	summary: string;
	uncertain?: string;
	status: Exclude<TextStatus, 'original'>;
}

/** `/data/texts/<locale>.json`: every link's text in one locale, for the dashboard's panels. */
export interface LinkTextsFile {
	version: string;
	locale: string;
	links: Record<string, LinkText>;
}

export type TextsResult =
	{ ok: true; texts: ReadonlyMap<string, LinkText> } | { ok: false; problem: string };

const STATUSES: readonly string[] = ['reviewed', 'machine', 'fallback'];

function isText(value: unknown): value is LinkText {
	if (typeof value !== 'object' || value === null) return false;
	const text = value as Record<string, unknown>;
	return (
		typeof text.title === 'string' &&
		typeof text.summary === 'string' &&
		(text.uncertain === undefined || typeof text.uncertain === 'string') &&
		STATUSES.includes(text.status as string)
	);
}

/** The texts file of one locale, built from that locale's links. */
export function linkTextsFile(
	version: string,
	locale: string,
	links: readonly Link[],
	statusOf: (id: string) => TextStatus
): LinkTextsFile {
	return {
		version,
		locale,
		links: Object.fromEntries(
			links.map(({ id, title, summary, uncertain }) => {
				const status = statusOf(id);
				return [
					id,
					{
						title,
						summary,
						...(uncertain ? { uncertain } : {}),
						status: status === 'original' ? 'reviewed' : status
					}
				];
			})
		)
	};
}

/**
 * Reads a locale's texts file as the page fetched it: of the page's data version, with a text
 * for every link of the page, or refused with the reason.
 */
export function readTexts(json: unknown, version: string, ids: readonly string[]): TextsResult {
	const file = json as Partial<LinkTextsFile> | null;
	if (typeof file !== 'object' || file === null || typeof file.links !== 'object')
		return { ok: false, problem: 'the texts file is not a texts file' };
	if (file.version !== version)
		return {
			ok: false,
			problem: `the texts file (version ${String(file.version)}) is not the one this page was built with (version ${version}); reload the page`
		};
	const texts = new Map(Object.entries(file.links ?? {}));
	const bad = ids.find((id) => !isText(texts.get(id)));
	if (bad !== undefined) return { ok: false, problem: `the texts file has no text for "${bad}"` };
	return { ok: true, texts: texts as Map<string, LinkText> };
}

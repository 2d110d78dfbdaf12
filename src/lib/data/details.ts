import type { Link, LinkCore } from './types';

/** The first view's slice of the `index`th link of the dataset. */
export function linkCore({ type, from, to, parties, start, end }: Link, index: number): LinkCore {
	return parties
		? { index, type, from, to, parties, start, end }
		: { index, type, from, to, start, end };
}

export type DetailsResult = { ok: true; links: readonly Link[] } | { ok: false; problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasDetails(link: unknown): link is Link {
	return (
		isRecord(link) &&
		typeof link.title === 'string' &&
		typeof link.summary === 'string' &&
		Array.isArray(link.sources)
	);
}

/**
 * Reads the dataset download the page fetches for titles, summaries and sources. Links join their
 * cores by position, so the file must be the very dataset the page was built with: the same
 * version and number of links, every one complete. A cache holding another file must not pair
 * links with the wrong sources.
 */
export function readDetails(json: unknown, version: string, count: number): DetailsResult {
	if (!isRecord(json) || !Array.isArray(json.links))
		return { ok: false, problem: 'the dataset file is not a dataset' };
	if (json.version !== version || json.links.length !== count)
		return {
			ok: false,
			problem: `the dataset file (version ${String(json.version)}, ${json.links.length} links) is not the one this page was built with (version ${version}, ${count} links); reload the page`
		};
	const broken = json.links.findIndex((link) => !hasDetails(link));
	if (broken >= 0)
		return {
			ok: false,
			problem: `link ${broken + 1} of the dataset file lacks its title, summary or sources`
		};
	return { ok: true, links: json.links as Link[] };
}

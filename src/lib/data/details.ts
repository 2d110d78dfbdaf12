import type { Link, LinkCore } from './types';

/** The first view's slice of a link: what filtering and layout read, and the id that joins the rest. */
export function linkCore({ id, type, from, to, parties, start, end }: Link): LinkCore {
	return parties ? { id, type, from, to, parties, start, end } : { id, type, from, to, start, end };
}

export type DetailsResult =
	{ ok: true; links: ReadonlyMap<string, Link> } | { ok: false; problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasDetails(link: unknown): link is Link {
	return (
		isRecord(link) &&
		typeof link.id === 'string' &&
		typeof link.title === 'string' &&
		typeof link.summary === 'string' &&
		Array.isArray(link.sources)
	);
}

/**
 * Reads the dataset download the page fetches for titles, summaries and sources, keyed by link id:
 * a link's details can only ever join the core of the same id. The file must also be the very
 * dataset the page was built with (same version, every link of the page in it), so a cached file
 * of another version is refused rather than shown half-matching.
 */
export function readDetails(json: unknown, version: string, ids: readonly string[]): DetailsResult {
	if (!isRecord(json) || !Array.isArray(json.links))
		return { ok: false, problem: 'the dataset file is not a dataset' };
	if (json.version !== version)
		return {
			ok: false,
			problem: `the dataset file (version ${String(json.version)}) is not the one this page was built with (version ${version}); reload the page`
		};
	const broken = json.links.findIndex((link) => !hasDetails(link));
	if (broken >= 0)
		return {
			ok: false,
			problem: `link ${broken + 1} of the dataset file lacks its id, title, summary or sources`
		};
	const links = new Map((json.links as Link[]).map((link) => [link.id, link]));
	const missing = ids.find((id) => !links.has(id));
	if (missing !== undefined)
		return { ok: false, problem: `the dataset file has no link "${missing}"; reload the page` };
	return { ok: true, links };
}

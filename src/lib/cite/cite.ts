/**
 * Citations of one link and of the whole dataset, as plain text, BibTeX and CSL-JSON. Pure: the
 * page passes the address, the data version and the day of access, so the same link cites the
 * same way on the server (for readers without JavaScript) and in the browser.
 */
import type { Link } from '../data/types';

export const SITE = 'Caucasus Ties';
export const DATA_LICENCE = 'CC BY 4.0';

/** What a citation names besides the link: where and when it was read, and which version. */
export interface CiteContext {
	/** The data version, e.g. `2026-11-27.0de52bd9`. */
	version: string;
	/** The page's address; absolute when the site's origin is known. */
	url: string;
	/** The day the reader read it, `YYYY-MM-DD`. */
	accessed: string;
}

/** What a link's citation reads of it. */
export type CitedLink = Pick<Link, 'id' | 'title' | 'updated'>;

/** A link page's path from the site's root. */
export const linkPath = (id: string) => `/links/${id}`;

/** Caucasus Ties, "<title>", record <id>, data version <version>, <address>, accessed <day>. */
export function linkCitationText(link: CitedLink, { version, url, accessed }: CiteContext): string {
	return `${SITE}, “${link.title}”, record ${link.id}, data version ${version}, ${url}, accessed ${accessed}.`;
}

/** BibTeX's special characters, each as it is written in a braced field. */
const BIBTEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'#': '\\#',
	$: '\\$',
	'%': '\\%',
	'&': '\\&',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};

/** Text for a braced BibTeX field: special characters escaped, so braces always balance. */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}#$%&_~^]/g, (c) => BIBTEX_ESCAPES[c]!);
}

/**
 * An address for BibTeX's verbatim `url` field: kept as it is, except the characters that would
 * unbalance the field's braces or end it, which are percent-encoded (the address stays the same).
 */
export function bibtexUrl(url: string): string {
	return url.replace(
		/[{}\\\s]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
	);
}

/** A citation key: letters, digits and `:-_` only. */
export function bibtexKey(id: string): string {
	return `caucasus-ties:${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function bibtexEntry(type: string, key: string, fields: [string, string][]): string {
	const width = Math.max(...fields.map(([name]) => name.length));
	const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
	return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/** A link as a BibTeX `@misc` entry (biblatex reads `version`, `url` and `urldate` too). */
export function linkBibtex(link: CitedLink, { version, url, accessed }: CiteContext): string {
	return bibtexEntry('misc', bibtexKey(link.id), [
		['author', `{${SITE}}`],
		// Double braces keep the title's capitals as they are.
		['title', `{${bibtexEscape(link.title)}}`],
		['howpublished', bibtexEscape(`${SITE}, record ${link.id}`)],
		['year', link.updated.slice(0, 4)],
		['date', link.updated],
		['version', bibtexEscape(version)],
		['url', bibtexUrl(url)],
		['urldate', accessed],
		['note', bibtexEscape(`Record ${link.id}, data version ${version}. Data ${DATA_LICENCE}.`)]
	]);
}

/** A CSL date: `YYYY-MM-DD` as date parts. */
export function cslDate(day: string): { 'date-parts': [[number, number, number]] } {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return { 'date-parts': [[y, m, d]] };
}

/** One item of CSL-JSON, as citation managers (Zotero, Pandoc's citeproc) read it. */
export interface CslItem {
	id: string;
	type: 'dataset';
	title: string;
	author: { literal: string }[];
	publisher: string;
	version: string;
	number?: string;
	URL: string;
	issued: ReturnType<typeof cslDate>;
	accessed: ReturnType<typeof cslDate>;
	note?: string;
}

/** A link as a CSL-JSON item (type `dataset`: a record of a dataset), its version included. */
export function linkCsl(link: CitedLink, { version, url, accessed }: CiteContext): CslItem {
	return {
		id: bibtexKey(link.id),
		type: 'dataset',
		title: link.title,
		author: [{ literal: SITE }],
		publisher: SITE,
		version,
		number: link.id,
		URL: url,
		issued: cslDate(link.updated),
		accessed: cslDate(accessed),
		note: `Record ${link.id}, data version ${version}. Data ${DATA_LICENCE}.`
	};
}

/** CSL-JSON as a file holds it: a list of items; date parts and names kept on one line each. */
export function cslJson(item: CslItem): string {
	return JSON.stringify([item], null, 2)
		.replace(/\[\s*\[\s*(-?\d+),\s*(-?\d+),\s*(-?\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]')
		.replace(/\[\s*\{\s*("literal": "(?:[^"\\]|\\.)*")\s*\}\s*\]/g, '[{ $1 }]');
}

/** The whole dataset, cited as text: the footer of every page shows it. The address when known. */
export function datasetCitationText(version: string, url = ''): string {
	return `${SITE}: the South Caucasus’s foreign ties since 1991, dataset version ${version}, ${url ? `${url}, ` : ''}data ${DATA_LICENCE}.`;
}

/** The day of a version (`2026-11-27.0de52bd9` -> `2026-11-27`): when the data last changed. */
export const versionDay = (version: string) => version.slice(0, 10);

import { linkPath, SITE } from '../cite/cite';
import type { Change } from './changes';

/** Text for XML: markup characters escaped, characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(
			/[&<>"']/g,
			(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
		);
}

/** Permanent ids for the feed and its entries: they never change with the site's address. */
export const FEED_ID = 'urn:caucasus-ties:changes';
export const entryId = (linkId: string) => `urn:caucasus-ties:link:${linkId}`;

/** A day as an Atom date: midnight UTC. */
const atomDate = (day: string) => `${day}T00:00:00Z`;

export interface FeedOptions {
	changes: readonly Change[];
	version: string;
	/** The site's origin (https://...), or '' for addresses relative to the feed's. */
	origin: string;
}

/**
 * `/changes.xml`: an Atom feed (RFC 4287) of the latest additions and corrections, one entry per
 * link, updated when the link is corrected, each linking to the link's page.
 */
export function changesFeed({ changes, version, origin }: FeedOptions): string {
	const updated = changes[0]?.day ?? version.slice(0, 10);
	const entries = changes.map((c) =>
		[
			'\t<entry>',
			`\t\t<id>${entryId(c.id)}</id>`,
			`\t\t<title>${xmlText(`${c.kind === 'added' ? 'Added' : 'Corrected'}: ${c.title}`)}</title>`,
			`\t\t<link rel="alternate" type="text/html" href="${xmlText(origin + linkPath(c.id))}"/>`,
			`\t\t<published>${atomDate(c.added)}</published>`,
			`\t\t<updated>${atomDate(c.day)}</updated>`,
			`\t\t<summary>${xmlText(c.summary)}</summary>`,
			'\t</entry>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`\t<id>${FEED_ID}</id>`,
		`\t<title>${xmlText(`${SITE}: latest additions and corrections`)}</title>`,
		`\t<subtitle>${xmlText(`Links added to or corrected in the record, newest first; data version ${version}.`)}</subtitle>`,
		`\t<updated>${atomDate(updated)}</updated>`,
		`\t<author><name>${SITE}</name></author>`,
		`\t<rights>Data CC BY 4.0</rights>`,
		`\t<link rel="self" type="application/atom+xml" href="${xmlText(`${origin}/changes.xml`)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${xmlText(`${origin}/changes`)}"/>`,
		...entries,
		'</feed>',
		''
	].join('\n');
}

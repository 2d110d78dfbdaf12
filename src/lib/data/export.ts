import type { Dataset, Link } from './types';

/**
 * The JSON download: the whole typed dataset, sources included, and the groups and publishers it
 * refers to.
 */
export function toJson(dataset: Dataset): string {
	const { version, actors, groups, publishers, links } = dataset;
	return JSON.stringify({ version, actors, links, groups, publishers }, null, 1);
}

export const CSV_COLUMNS = [
	'id',
	'type',
	'from',
	'to',
	'parties',
	'start',
	'end',
	'status',
	'title',
	'summary',
	'systems',
	'value',
	'uncertain',
	'sources',
	'source_urls',
	// Appended after the first release's columns, so their positions stay as they were.
	'quantity',
	'ordered',
	'delivered',
	'added',
	'updated'
] as const;

/** RFC 4180: quote a field when it holds a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A link's CSV fields, by column: every column is named here, so none can be left out. */
function fields(link: Link): Record<CsvColumn, string> {
	return {
		id: link.id,
		type: link.type,
		from: link.from,
		to: link.to,
		parties: (link.parties ?? []).join(' '),
		start: link.start,
		end: link.end ?? '',
		status: link.status ?? '',
		title: link.title,
		summary: link.summary,
		systems: (link.systems ?? []).join('; '),
		value: link.value ?? '',
		uncertain: link.uncertain ?? '',
		sources: link.sources
			.map(
				(s) =>
					`${s.publisher}${s.via ? ` (via ${s.via})` : ''}: ${s.title}${s.date ? ` (${s.date})` : ''}`
			)
			.join(' | '),
		source_urls: link.sources.map((s) => s.url).join(' '),
		quantity: link.quantity ?? '',
		ordered: link.ordered === undefined ? '' : String(link.ordered),
		delivered: (link.delivered ?? []).join(' '),
		added: link.added,
		updated: link.updated
	};
}

function row(link: Link): string[] {
	const values = fields(link);
	return CSV_COLUMNS.map((column) => values[column]);
}

/** The CSV download: one row per link, sources joined, with a header row. */
export function toCsv(links: readonly Link[]): string {
	const lines = [CSV_COLUMNS.join(','), ...links.map((l) => row(l).map(csvField).join(','))];
	return lines.join('\r\n') + '\r\n';
}

/** Publishers by how many links cite them, most cited first: the page credits them. */
export function citedPublishers(links: readonly Link[]): { name: string; links: number }[] {
	const counts = new Map<string, { name: string; links: number }>();
	for (const link of links)
		for (const source of new Map(link.sources.map((s) => [s.publisherId, s])).values()) {
			const entry = counts.get(source.publisherId) ?? { name: source.publisher, links: 0 };
			entry.links += 1;
			counts.set(source.publisherId, entry);
		}
	return [...counts.values()].sort((a, b) => b.links - a.links || a.name.localeCompare(b.name));
}

import type { DataRecords } from './validate';
import type { Dataset, Link } from './types';

/**
 * FNV-1a, 32 bits, as 8 hex digits: a short fingerprint of the data's content. Not a security
 * hash: it tells one version of the data from another.
 */
export function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The data's version: the date of its newest change and a fingerprint of its content, so two
 * builds of different data never share a version, even on the same day.
 */
export function dataVersion(records: DataRecords, changedOn: string): string {
	return `${changedOn}.${fingerprint(JSON.stringify(records))}`;
}

/** Links in order of their start, then id: the order of the downloads and the tables. */
function byStart(a: Link, b: Link): number {
	return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The dataset from records that passed the schema and `validateRecords`: links take their ids
 * from their files and name their sources' publishers.
 */
export function assembleDataset(records: DataRecords, version: string): Dataset {
	const names = new Map(records.publishers.map((p) => [p.id, p.name]));
	const links = records.links.map(({ id, link }): Link => ({
		id,
		...link,
		sources: link.sources.map(({ publisher, via, ...source }) => ({
			publisher: names.get(publisher)!,
			publisherId: publisher,
			...(via ? { via: names.get(via)! } : {}),
			...source
		}))
	}));
	return {
		version,
		actors: records.actors,
		groups: records.groups,
		publishers: records.publishers,
		links: links.sort(byStart)
	};
}

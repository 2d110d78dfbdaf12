/**
 * The typed dataset. Stage names follow the data flow:
 * data files -> Dataset -> ShareableView -> FilteredLinks -> PairMatrix -> ChordLayout -> rendered items.
 * The records' fields come from the schema of the data files (`schema.ts`); this module adds what
 * the build joins to them (ids from file names, publishers' names) and imports the schema for its
 * types only, so no page ships it.
 */
import type { ActorRecord, GroupRecord, LinkFile, PublisherRecord } from './schema';
import { LINK_STATUSES, LINK_TYPE_IDS, PUBLISHER_KINDS } from './vocabulary';

export { LINK_STATUSES, LINK_TYPE_IDS, PUBLISHER_KINDS };

export type LinkTypeId = (typeof LINK_TYPE_IDS)[number];
export type LinkStatus = (typeof LINK_STATUSES)[number];
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/** An id from `data/actors.yaml`: ISO 3166-1 alpha-3 for states, a short name for organisations. */
export type ActorId = string;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sources often give only the year or the month. */
export type PartialDate = string;

export type Actor = ActorRecord;
export type ActorKind = Actor['kind'];
/** A partner group: the trend charts count an actor's ties by the group of the partner. */
export type Group = GroupRecord;
export type Publisher = PublisherRecord;

/** A source as the downloads and the page show it: the publisher named, not only referenced. */
export interface Source {
	/** The publisher's name. */
	publisher: string;
	/** The publisher's id in the dataset's `publishers`. */
	publisherId: string;
	/** The name of the publisher whose report the page carries, when that is someone else. */
	via?: string;
	title: string;
	url: string;
	date?: PartialDate;
}

/** A link: its file's fields, its id (the file's name) and its sources with publishers named. */
export type Link = Omit<LinkFile, 'sources'> & {
	/** Stable kebab-case id, unique in the dataset: the name of its file. */
	id: string;
	sources: Source[];
};

/** Where a link stands in time and between actors: all that filtering and layout read. */
export type LinkFields = Pick<Link, 'type' | 'from' | 'to' | 'parties' | 'start' | 'end'>;

/**
 * What the first view needs of a link: enough to filter it and lay it out. Titles, summaries and
 * sources are the bulk of the dataset; they load after the first view (see `LinkDetails`).
 */
export type LinkCore = LinkFields & {
	/** The link's id: what joins its core to its details. */
	id: string;
};

export interface Dataset {
	/** The data's newest change date and a hash of its content, e.g. `2026-11-27.3f2a9c1e`. */
	version: string;
	actors: Actor[];
	groups: Group[];
	publishers: Publisher[];
	links: Link[];
}

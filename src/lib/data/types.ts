/**
 * The typed dataset. Stage names follow the data flow:
 * Dataset -> ViewState -> FilteredLinks -> PairMatrix -> ChordLayout -> rendered items.
 */

export const LINK_TYPE_IDS = [
	'arms',
	'treaty',
	'mission',
	'aid',
	'energy',
	'diplomacy',
	'conflict'
] as const;
export type LinkTypeId = (typeof LINK_TYPE_IDS)[number];

export const ACTOR_IDS = [
	'ARM',
	'AZE',
	'GEO',
	'RUS',
	'TUR',
	'IRN',
	'EU',
	'FRA',
	'DEU',
	'GRC',
	'CYP',
	'POL',
	'ITA',
	'GBR',
	'BEL',
	'NLD',
	'USA',
	'IND',
	'ISR',
	'PAK',
	'CHN',
	'UKR',
	'KAZ',
	'TKM',
	'BLR',
	'SRB',
	'HUN',
	'NATO',
	'CSTO',
	'OSCE',
	'UN',
	'EAEU'
] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sources often give only the year or the month. */
export type PartialDate = string;

export interface Source {
	publisher: string;
	title: string;
	url: string;
	date?: PartialDate;
}

export type ActorKind = 'state' | 'organisation';

export interface Actor {
	id: ActorId;
	name: string;
	/** Abridged label for narrow layouts. */
	shortName: string;
	kind: ActorKind;
	/** world-atlas (ISO 3166-1 numeric) id, for actors drawn as shapes on the map. */
	isoNumeric?: string;
	/** Capital or headquarters [longitude, latitude]: gives the compass direction of off-map markers. */
	anchor: [number, number];
}

export const LINK_STATUSES = [
	'announced',
	'signed',
	'in-force',
	'ordered',
	'delivered',
	'ongoing',
	'suspended',
	'frozen',
	'ended'
] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export interface Link {
	/** Stable kebab-case id, unique in the dataset. */
	id: string;
	type: LinkTypeId;
	/** For directed types (arms, aid, mission): supplier, donor or deploying side. */
	from: ActorId;
	to: ActorId;
	/**
	 * Further parties of a multilateral link. The link binds every pair among
	 * `from`, `to` and `parties`, and the model expands it into those pairs.
	 */
	parties?: ActorId[];
	start: PartialDate;
	/** Same form as `start`; equal to `start` for a one-day event; null while in force. */
	end: PartialDate | null;
	title: string;
	summary: string;
	status?: LinkStatus;
	/** Named systems, for arms links. */
	systems?: string[];
	/** A value a reputable source gives, e.g. "USD 1.6 billion (SIPRI TIV ...)" as quoted. */
	value?: string;
	/** Set when sources disagree or are thin: says why. */
	uncertain?: string;
	sources: Source[];
}

/** Where a link stands in time and between actors: all that filtering and layout read. */
export type LinkFields = Pick<Link, 'type' | 'from' | 'to' | 'parties' | 'start' | 'end'>;

/**
 * What the first view needs of a link: enough to filter it and lay it out. Titles, summaries and
 * sources are the bulk of the dataset; they load after the first view (see `LinkDetails`).
 */
export type LinkCore = LinkFields & {
	/** The link's position in the dataset: what joins its core to its details. */
	index: number;
};

export interface Dataset {
	/** Date of the last data change, `YYYY-MM-DD`. */
	version: string;
	actors: Actor[];
	links: Link[];
}

/**
 * The dataset's closed vocabularies: plain constants that the schema checks against and the page
 * reads, without the schema's code.
 */

/** Link types of the public contract: a new type gets a new id, never a renamed one. */
export const LINK_TYPE_IDS = [
	'arms',
	'treaty',
	'mission',
	'aid',
	'energy',
	'diplomacy',
	'conflict'
] as const;

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

/** What kind of publisher a source is; governments and international organisations are primary. */
export const PUBLISHER_KINDS = [
	'government',
	'international-organisation',
	'news-agency',
	'newspaper',
	'research-institute',
	'encyclopedia',
	'other'
] as const;

/** The dataset records these three states' ties: every link binds at least one of them. */
export const SOUTH_CAUCASUS = ['ARM', 'AZE', 'GEO'] as const;

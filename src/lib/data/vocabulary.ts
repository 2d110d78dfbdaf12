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

/**
 * How far a publisher's word carries: `reputable` (editorial standards, or a primary source for
 * its own acts), `partisan` (an interested party's outlet), `state-controlled` (media whose
 * government controls them: they may report its acts, never alone), `unreliable` (never cited).
 */
export const PUBLISHER_STANDINGS = [
	'reputable',
	'partisan',
	'state-controlled',
	'unreliable'
] as const;

/** The languages of the pages: English is the base, the others translate it. */
export const LOCALES = ['en', 'hy', 'az', 'ka', 'ru'] as const;
/** The locales whose link texts are translations of the English ones. */
export const TRANSLATED_LOCALES = ['hy', 'az', 'ka', 'ru'] as const;

/** The dataset records these three states' ties: every link binds at least one of them. */
export const SOUTH_CAUCASUS = ['ARM', 'AZE', 'GEO'] as const;

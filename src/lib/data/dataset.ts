import { ACTORS } from './actors';
import { armeniaLinks } from './links/armenia';
import { azerbaijanLinks } from './links/azerbaijan';
import { georgiaLinks } from './links/georgia';
import { partnersLinks } from './links/partners';
import { peaceAndWarLinks } from './links/peace-and-war';
import { ACTOR_IDS, type ActorId, type Dataset } from './types';

/** Date of the last change to the data; downloads carry it as their version. */
export const DATA_VERSION = '2026-11-23';

/** The years the dashboard covers: from independence to the data's version. */
export const FIRST_YEAR = 1991;
export const LAST_YEAR = Number(DATA_VERSION.slice(0, 4));

export const DATASET: Dataset = {
	version: DATA_VERSION,
	actors: ACTORS,
	links: [
		...armeniaLinks,
		...azerbaijanLinks,
		...georgiaLinks,
		...peaceAndWarLinks,
		...partnersLinks
	]
};

/** Actors in a stable order (the region first, then neighbours, partners and organisations). */
export const ACTOR_ORDER: readonly ActorId[] = ACTOR_IDS;

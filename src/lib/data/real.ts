import { ACTORS } from './actors';
import { armeniaLinks } from './links/armenia';
import { azerbaijanLinks } from './links/azerbaijan';
import { georgiaLinks } from './links/georgia';
import { partnersLinks } from './links/partners';
import { peaceAndWarLinks } from './links/peace-and-war';
import type { Dataset } from './types';

/** Date of the last change to the data; downloads carry it as their version. */
export const DATA_VERSION = '2026-11-23';

/** The sourced dataset: what the page shows, the downloads hold and the build validates. */
export const REAL_DATASET: Dataset = {
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

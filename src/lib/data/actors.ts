import { ACTOR_NAMES } from './actor-names';
import { ACTOR_IDS, type Actor, type ActorId } from './types';

/**
 * Where each actor sits: states drawn as shapes carry their world-atlas id; the others are drawn
 * as markers at the map's edge in the direction of their capital or headquarters.
 */
const ACTOR_PLACES: Record<ActorId, Pick<Actor, 'isoNumeric' | 'anchor'>> = {
	ARM: { isoNumeric: '051', anchor: [44.51, 40.18] },
	AZE: { isoNumeric: '031', anchor: [49.87, 40.41] },
	GEO: { isoNumeric: '268', anchor: [44.79, 41.72] },
	RUS: { isoNumeric: '643', anchor: [37.62, 55.75] },
	TUR: { isoNumeric: '792', anchor: [32.85, 39.93] },
	IRN: { isoNumeric: '364', anchor: [51.39, 35.69] },
	EU: { anchor: [4.35, 50.85] },
	FRA: { anchor: [2.35, 48.86] },
	DEU: { anchor: [13.4, 52.52] },
	GRC: { anchor: [23.73, 37.98] },
	CYP: { anchor: [33.36, 35.17] },
	POL: { anchor: [21.01, 52.23] },
	ITA: { anchor: [12.5, 41.9] },
	GBR: { anchor: [-0.13, 51.51] },
	BEL: { anchor: [4.35, 50.85] },
	NLD: { anchor: [4.9, 52.37] },
	USA: { anchor: [-77.04, 38.9] },
	IND: { anchor: [77.21, 28.61] },
	ISR: { anchor: [35.21, 31.77] },
	PAK: { anchor: [73.05, 33.68] },
	CHN: { anchor: [116.4, 39.9] },
	UKR: { anchor: [30.52, 50.45] },
	KAZ: { anchor: [71.45, 51.17] },
	TKM: { anchor: [58.38, 37.96] },
	BLR: { anchor: [27.56, 53.9] },
	SRB: { anchor: [20.46, 44.79] },
	HUN: { anchor: [19.04, 47.5] },
	NATO: { anchor: [4.42, 50.88] },
	CSTO: { anchor: [37.62, 55.75] },
	OSCE: { anchor: [16.37, 48.21] },
	UN: { anchor: [-73.97, 40.75] },
	EAEU: { anchor: [37.62, 55.75] }
};

/** Every actor the dataset may name. */
export const ACTORS: Actor[] = ACTOR_IDS.map((id) => ({
	id,
	...ACTOR_NAMES[id],
	...ACTOR_PLACES[id]
}));

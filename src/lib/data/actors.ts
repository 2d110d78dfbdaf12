import type { Actor, ActorId } from './types';

/**
 * Every actor the dataset may name. States drawn as shapes carry their world-atlas id; the others
 * are drawn as markers at the map's edge in the direction of their capital or headquarters.
 */
export const ACTORS: Actor[] = [
	{
		id: 'ARM',
		name: 'Armenia',
		shortName: 'Armenia',
		kind: 'state',
		isoNumeric: '051',
		anchor: [44.51, 40.18]
	},
	{
		id: 'AZE',
		name: 'Azerbaijan',
		shortName: 'Azerbaijan',
		kind: 'state',
		isoNumeric: '031',
		anchor: [49.87, 40.41]
	},
	{
		id: 'GEO',
		name: 'Georgia',
		shortName: 'Georgia',
		kind: 'state',
		isoNumeric: '268',
		anchor: [44.79, 41.72]
	},
	{
		id: 'RUS',
		name: 'Russia',
		shortName: 'Russia',
		kind: 'state',
		isoNumeric: '643',
		anchor: [37.62, 55.75]
	},
	{
		id: 'TUR',
		name: 'Turkey',
		shortName: 'Turkey',
		kind: 'state',
		isoNumeric: '792',
		anchor: [32.85, 39.93]
	},
	{
		id: 'IRN',
		name: 'Iran',
		shortName: 'Iran',
		kind: 'state',
		isoNumeric: '364',
		anchor: [51.39, 35.69]
	},
	{
		id: 'EU',
		name: 'European Union',
		shortName: 'EU',
		kind: 'organisation',
		anchor: [4.35, 50.85]
	},
	{ id: 'FRA', name: 'France', shortName: 'France', kind: 'state', anchor: [2.35, 48.86] },
	{ id: 'DEU', name: 'Germany', shortName: 'Germany', kind: 'state', anchor: [13.4, 52.52] },
	{ id: 'GRC', name: 'Greece', shortName: 'Greece', kind: 'state', anchor: [23.73, 37.98] },
	{ id: 'CYP', name: 'Cyprus', shortName: 'Cyprus', kind: 'state', anchor: [33.36, 35.17] },
	{ id: 'POL', name: 'Poland', shortName: 'Poland', kind: 'state', anchor: [21.01, 52.23] },
	{ id: 'ITA', name: 'Italy', shortName: 'Italy', kind: 'state', anchor: [12.5, 41.9] },
	{ id: 'GBR', name: 'United Kingdom', shortName: 'UK', kind: 'state', anchor: [-0.13, 51.51] },
	{ id: 'BEL', name: 'Belgium', shortName: 'Belgium', kind: 'state', anchor: [4.35, 50.85] },
	{ id: 'NLD', name: 'Netherlands', shortName: 'Netherlands', kind: 'state', anchor: [4.9, 52.37] },
	{ id: 'USA', name: 'United States', shortName: 'USA', kind: 'state', anchor: [-77.04, 38.9] },
	{ id: 'IND', name: 'India', shortName: 'India', kind: 'state', anchor: [77.21, 28.61] },
	{ id: 'ISR', name: 'Israel', shortName: 'Israel', kind: 'state', anchor: [35.21, 31.77] },
	{ id: 'PAK', name: 'Pakistan', shortName: 'Pakistan', kind: 'state', anchor: [73.05, 33.68] },
	{ id: 'CHN', name: 'China', shortName: 'China', kind: 'state', anchor: [116.4, 39.9] },
	{ id: 'UKR', name: 'Ukraine', shortName: 'Ukraine', kind: 'state', anchor: [30.52, 50.45] },
	{ id: 'KAZ', name: 'Kazakhstan', shortName: 'Kazakhstan', kind: 'state', anchor: [71.45, 51.17] },
	{
		id: 'TKM',
		name: 'Turkmenistan',
		shortName: 'Turkmenistan',
		kind: 'state',
		anchor: [58.38, 37.96]
	},
	{ id: 'BLR', name: 'Belarus', shortName: 'Belarus', kind: 'state', anchor: [27.56, 53.9] },
	{ id: 'SRB', name: 'Serbia', shortName: 'Serbia', kind: 'state', anchor: [20.46, 44.79] },
	{ id: 'HUN', name: 'Hungary', shortName: 'Hungary', kind: 'state', anchor: [19.04, 47.5] },
	{ id: 'NATO', name: 'NATO', shortName: 'NATO', kind: 'organisation', anchor: [4.42, 50.88] },
	{
		id: 'CSTO',
		name: 'Collective Security Treaty Organization',
		shortName: 'CSTO',
		kind: 'organisation',
		anchor: [37.62, 55.75]
	},
	{ id: 'OSCE', name: 'OSCE', shortName: 'OSCE', kind: 'organisation', anchor: [16.37, 48.21] },
	{
		id: 'UN',
		name: 'United Nations',
		shortName: 'UN',
		kind: 'organisation',
		anchor: [-73.97, 40.75]
	},
	{
		id: 'EAEU',
		name: 'Eurasian Economic Union',
		shortName: 'EAEU',
		kind: 'organisation',
		anchor: [37.62, 55.75]
	}
];

export const ACTORS_BY_ID: ReadonlyMap<ActorId, Actor> = new Map(ACTORS.map((a) => [a.id, a]));

export function actorName(id: ActorId): string {
	return ACTORS_BY_ID.get(id)?.name ?? id;
}

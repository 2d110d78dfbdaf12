import type { LinkFile } from '../../src/lib/data/schema';
import type { Actor, ActorId, Dataset, Link } from '../../src/lib/data/types';
import type { MapLayout } from '../../src/lib/geo/map-layout';

/**
 * Test data: a few actors as `data/actors.yaml` describes them, and a small valid link; tests
 * change one field at a time to break it.
 */
export const FIXTURE_ACTORS: Actor[] = [
	{
		id: 'ARM',
		name: 'Armenia',
		shortName: 'Armenia',
		kind: 'state',
		group: 'neighbours',
		isoNumeric: '051',
		anchor: [44.51, 40.18]
	},
	{
		id: 'AZE',
		name: 'Azerbaijan',
		shortName: 'Azerbaijan',
		kind: 'state',
		group: 'neighbours',
		isoNumeric: '031',
		anchor: [49.87, 40.41]
	},
	{
		id: 'GEO',
		name: 'Georgia',
		shortName: 'Georgia',
		kind: 'state',
		group: 'neighbours',
		isoNumeric: '268',
		anchor: [44.79, 41.72]
	},
	{
		id: 'RUS',
		name: 'Russia',
		shortName: 'Russia',
		kind: 'state',
		group: 'russia-bloc',
		isoNumeric: '643',
		anchor: [37.62, 55.75]
	},
	{
		id: 'TUR',
		name: 'Turkey',
		shortName: 'Turkey',
		kind: 'state',
		group: 'turkey',
		isoNumeric: '792',
		anchor: [32.85, 39.93]
	},
	{
		id: 'IRN',
		name: 'Iran',
		shortName: 'Iran',
		kind: 'state',
		group: 'iran',
		isoNumeric: '364',
		anchor: [51.39, 35.69]
	},
	{
		id: 'EU',
		name: 'European Union',
		shortName: 'EU',
		kind: 'organisation',
		group: 'europe',
		anchor: [4.35, 50.85]
	},
	{
		id: 'FRA',
		name: 'France',
		shortName: 'France',
		kind: 'state',
		group: 'europe',
		anchor: [2.35, 48.86]
	},
	{
		id: 'USA',
		name: 'United States',
		shortName: 'USA',
		kind: 'state',
		group: 'west',
		anchor: [-77.04, 38.9]
	},
	{
		id: 'ISR',
		name: 'Israel',
		shortName: 'Israel',
		kind: 'state',
		group: 'israel',
		anchor: [35.21, 31.77]
	},
	{
		id: 'IND',
		name: 'India',
		shortName: 'India',
		kind: 'state',
		group: 'asia',
		anchor: [77.21, 28.61]
	},
	{
		id: 'OSCE',
		name: 'OSCE',
		shortName: 'OSCE',
		kind: 'organisation',
		group: 'multilateral',
		anchor: [16.37, 48.21]
	}
];

export const FIXTURE_GROUPS: Dataset['groups'] = [
	{ id: 'russia-bloc', name: 'Russia and its blocs', rationale: 'Russia and the blocs it leads.' },
	{ id: 'europe', name: 'The EU and Europe', rationale: 'The EU and European states.' },
	{ id: 'west', name: 'The USA, the UK and NATO', rationale: 'Transatlantic ties.' },
	{ id: 'turkey', name: 'Turkey', rationale: 'Turkey on its own.' },
	{ id: 'iran', name: 'Iran', rationale: 'Iran on its own.' },
	{ id: 'israel', name: 'Israel', rationale: 'Israel on its own.' },
	{ id: 'asia', name: 'Asia', rationale: 'Asian partners.' },
	{ id: 'neighbours', name: 'The three states', rationale: 'With one another.' },
	{ id: 'multilateral', name: 'The UN and the OSCE', rationale: 'Bodies no single power leads.' }
];

/** A small valid link as its data file holds it: sources name their publisher by id. */
export function fixtureLinkFile(overrides: Partial<LinkFile> = {}): LinkFile {
	return {
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2024-06-18',
		end: null,
		title: 'France sells CAESAR howitzers to Armenia',
		summary: 'France agreed to sell CAESAR self-propelled howitzers to Armenia.',
		systems: ['CAESAR'],
		sources: [
			{
				publisher: 'example-wire',
				title: 'France to sell howitzers to Armenia',
				url: 'https://example.org/caesar',
				date: '2024-06-18'
			}
		],
		added: '2026-11-23',
		updated: '2026-11-27',
		...overrides
	};
}

/** The same link as the dataset holds it: with its id, and its publishers named. */
export function fixtureLink(overrides: Partial<Link> = {}): Link {
	const { sources, ...fields } = fixtureLinkFile();
	return {
		id: 'fra-arm-caesar-2024',
		...fields,
		sources: sources.map((source) => ({
			...source,
			publisher: 'Example Wire',
			publisherId: source.publisher
		})),
		...overrides
	};
}

/** A map with no shapes, only a point for each actor on a diagonal: enough to lay out its links. */
export function fixtureMap(actors: readonly { id: ActorId }[]): MapLayout {
	return {
		width: 640,
		height: 400,
		shapes: [],
		borders: '',
		markers: [],
		positions: Object.fromEntries(actors.map((a, i) => [a.id, [i * 40, i * 20]]))
	};
}

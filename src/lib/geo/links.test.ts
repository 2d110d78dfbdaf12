import { describe, expect, it } from 'vitest';
import { buildPairMatrix } from '../chord/matrix';
import { linkCore } from '../data/details';
import { fixtureLink } from '../../../tests/support/fixtures';
import { mapLinks } from './links';

const positions = Object.fromEntries<[number, number]>([
	['ARM', [0, 0]],
	['RUS', [100, 0]],
	['AZE', [0, 100]]
]);
const matrix = buildPairMatrix(
	[
		fixtureLink({ type: 'aid', from: 'RUS', to: 'ARM' }),
		fixtureLink({ type: 'treaty', from: 'RUS', to: 'ARM' }),
		fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
		fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
		fixtureLink({ type: 'diplomacy', from: 'AZE', to: 'ARM' }),
		fixtureLink({ type: 'diplomacy', from: 'GEO', to: 'ARM' })
	].map(linkCore),
	['ARM', 'AZE', 'GEO', 'RUS']
);

describe('mapLinks', () => {
	const items = mapLinks(matrix, positions);

	it('draws one curve per pair and type, in matrix order, counting its links', () => {
		expect(items.map((l) => [l.key, l.count])).toEqual([
			['ARM-AZE-diplomacy', 1],
			// Undirected: counted from the actor earlier in the order.
			['ARM-RUS-treaty', 1],
			['RUS-ARM-arms', 2],
			['RUS-ARM-aid', 1]
		]);
	});

	it('skips pairs with an actor that has no place on the map', () => {
		expect(items.some((l) => l.source === 'GEO' || l.target === 'GEO')).toBe(false);
	});

	it('bows curves of different types between the same pair by different amounts', () => {
		const [arms, aid] = items.filter((l) => l.source === 'RUS');
		expect(arms!.d).toBe('M100,0Q50,-12 0,0');
		expect(aid!.d).toBe('M100,0Q50,-20 0,0');
		expect(items.map((l) => l.directed)).toEqual([false, false, true, true]);
	});
});

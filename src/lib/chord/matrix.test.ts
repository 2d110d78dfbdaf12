import { describe, expect, it } from 'vitest';
import { linkCore } from '../data/details';
import { fixtureLink } from '../../../tests/support/fixtures';
import { buildPairMatrix, cellTypes, linksBetween, neighbours, typeCellCount } from './matrix';

const links = [
	fixtureLink({ id: 'a', type: 'arms', from: 'RUS', to: 'ARM' }),
	fixtureLink({ id: 'b', type: 'arms', from: 'RUS', to: 'AZE', systems: ['T-90S'] }),
	fixtureLink({ id: 'c', type: 'arms', from: 'ARM', to: 'RUS', systems: ['none'] }),
	// Undirected and recorded "backwards": counted once, from the earlier actor in the order.
	fixtureLink({ id: 'd', type: 'treaty', from: 'RUS', to: 'ARM' }),
	fixtureLink({ id: 'e', type: 'diplomacy', from: 'ARM', to: 'AZE', parties: ['RUS'] })
].map(linkCore);

describe('buildPairMatrix', () => {
	const matrix = buildPairMatrix(links, ['ARM', 'AZE', 'GEO', 'RUS']);

	it('keeps only actors that have links, in the given order', () => {
		expect(matrix.actors).toEqual(['ARM', 'AZE', 'RUS']);
	});

	it('counts directed pairs from supplier to recipient', () => {
		expect(matrix.byType.arms).toEqual([
			[0, 0, 1],
			[0, 0, 0],
			[1, 1, 0]
		]);
	});

	it('counts undirected pairs once, upper triangle', () => {
		expect(matrix.byType.treaty).toEqual([
			[0, 0, 1],
			[0, 0, 0],
			[0, 0, 0]
		]);
		expect(matrix.byType.diplomacy).toEqual([
			[0, 1, 1],
			[0, 0, 1],
			[0, 0, 0]
		]);
	});

	it('sums the types in the total', () => {
		expect(matrix.total).toEqual([
			[0, 1, 3],
			[0, 0, 1],
			[1, 1, 0]
		]);
	});

	it('keeps the links behind each cell', () => {
		expect(matrix.linksByCell[0 * 3 + 2]?.map((l) => l.id)).toEqual(['c', 'd', 'e']);
	});

	it('lists the links between two actors either way round, newest first, once each', () => {
		const ids = (a: 'ARM' | 'AZE' | 'RUS' | 'GEO', b: 'ARM' | 'AZE' | 'RUS' | 'GEO') =>
			linksBetween(matrix, a, b).map((l) => l.id);
		expect(ids('RUS', 'ARM')).toEqual(['a', 'c', 'd', 'e']);
		expect(ids('ARM', 'RUS')).toEqual(['a', 'c', 'd', 'e']);
		expect(ids('ARM', 'GEO')).toEqual([]);
	});

	it('finds an actor’s neighbours', () => {
		expect([...neighbours(matrix, 'AZE')]).toEqual(['ARM', 'RUS']);
		expect([...neighbours(matrix, 'GEO')]).toEqual([]);
	});
});

describe('cellTypes and typeCellCount', () => {
	const cells = buildPairMatrix(
		[
			fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
			fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
			fixtureLink({ type: 'aid', from: 'RUS', to: 'ARM' }),
			fixtureLink({ type: 'treaty', from: 'AZE', to: 'ARM' })
		].map(linkCore),
		['ARM', 'AZE', 'RUS']
	);
	const summary = (i: number, j: number, merged: boolean) =>
		cellTypes(cells, i, j, merged).map(({ type, value }) => `${type.id}:${value}`);

	it('lists each type in a cell with its count, in the palette order', () => {
		expect(summary(2, 0, false)).toEqual(['arms:2', 'aid:1']);
	});

	it('merged, keeps the most frequent type with the whole count', () => {
		expect(summary(2, 0, true)).toEqual(['arms:3']);
		expect(summary(0, 1, true)).toEqual(['treaty:1']);
		expect(summary(1, 0, true)).toEqual([]);
	});

	it('counts the pair-and-type cells that hold links', () => {
		expect(typeCellCount(cells)).toBe(3);
	});
});

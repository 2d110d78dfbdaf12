import { describe, expect, it } from 'vitest';
import { syntheticDataset } from './synthetic';
import { validateLinks } from './validate';

describe('syntheticDataset', () => {
	const dataset = syntheticDataset(10_000, 60, 7);

	it('has the asked-for size', () => {
		expect(dataset.actors).toHaveLength(60);
		expect(dataset.links).toHaveLength(10_000);
	});

	it('is valid', () => {
		expect(validateLinks(dataset.links, dataset.actors)).toEqual([]);
	});

	it('is the same for the same seed and differs for another', () => {
		expect(syntheticDataset(50, 60, 7)).toEqual(syntheticDataset(50, 60, 7));
		expect(syntheticDataset(50, 60, 8).links).not.toEqual(syntheticDataset(50, 60, 7).links);
	});
});

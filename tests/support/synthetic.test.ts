import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, FIXTURE_GROUPS } from './fixtures';
import { syntheticDataset } from './synthetic';
import { validateRecords } from '../../src/lib/data/validate';

const base = { actors: FIXTURE_ACTORS, groups: FIXTURE_GROUPS };

describe('syntheticDataset', () => {
	const dataset = syntheticDataset(10_000, base, 60, 7);

	it('has the asked-for size', () => {
		expect(dataset.actors).toHaveLength(60);
		expect(dataset.links).toHaveLength(10_000);
	});

	it('is valid', () => {
		const links = dataset.links.map(({ id, sources, ...link }) => ({
			id,
			file: `data/links/${id}.yaml`,
			link: {
				...link,
				sources: sources.map(({ publisherId, title, url }) => ({
					publisher: publisherId,
					title,
					url
				}))
			}
		}));
		expect(validateRecords({ ...dataset, links })).toEqual([]);
	});

	it('is the same for the same seed and differs for another', () => {
		expect(syntheticDataset(50, base, 60, 7)).toEqual(syntheticDataset(50, base, 60, 7));
		expect(syntheticDataset(50, base, 60, 8).links).not.toEqual(
			syntheticDataset(50, base, 60, 7).links
		);
	});
});

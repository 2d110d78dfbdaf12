import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDataset } from '../server/data-files';
import { citationCff } from './cff';

describe('citationCff', () => {
	it('is Citation File Format 1.2.0 for a dataset, naming the version and its day', () => {
		const cff = parse(citationCff('2026-11-27.0de52bd9'));
		expect(cff).toMatchObject({
			'cff-version': '1.2.0',
			type: 'dataset',
			authors: [{ name: 'Caucasus Ties' }],
			version: '2026-11-27.0de52bd9',
			'date-released': '2026-11-27',
			license: 'CC-BY-4.0'
		});
		for (const field of ['message', 'title', 'abstract']) expect(cff[field]).toBeTypeOf('string');
	});
});

describe("the repository's CITATION.cff", () => {
	it('names the version the data files give (npm run data:cite writes it)', () => {
		const { dataset } = loadDataset(process.cwd());
		expect(readFileSync('CITATION.cff', 'utf8')).toBe(citationCff(dataset!.version));
	});
});

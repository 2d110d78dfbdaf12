import { describe, expect, it } from 'vitest';
import { linkCore, readDetails } from './details';
import { fixtureLink } from './fixtures';

describe('linkCore', () => {
	it('keeps what the first view needs and its position, and drops the rest', () => {
		expect(linkCore(fixtureLink({ parties: ['GEO'] }), 4)).toEqual({
			index: 4,
			type: 'arms',
			from: 'FRA',
			to: 'ARM',
			parties: ['GEO'],
			start: '2024-06-18',
			end: null
		});
	});

	it('leaves parties out when the link has none', () => {
		expect('parties' in linkCore(fixtureLink({ parties: undefined }), 0)).toBe(false);
	});
});

describe('readDetails', () => {
	it('returns the full links in dataset order', () => {
		const links = [fixtureLink({ id: 'x-y' }), fixtureLink({ id: 'y-z' })];
		const result = readDetails({ version: 'v1', actors: [], links }, 'v1', 2);
		expect(result.ok && result.links.map((l) => l.id)).toEqual(['x-y', 'y-z']);
	});

	it('refuses a file of another version or size, saying which', () => {
		expect(readDetails({ version: 'v0', links: [] }, 'v1', 0)).toEqual({
			ok: false,
			problem:
				'the dataset file (version v0, 0 links) is not the one this page was built with (version v1, 0 links); reload the page'
		});
		expect(readDetails({ version: 'v1', links: [] }, 'v1', 3).ok).toBe(false);
	});

	it('refuses anything that is not a dataset', () => {
		for (const json of [null, [], 'x', { version: 'v1' }, { version: 'v1', links: {} }])
			expect(readDetails(json, 'v1', 0).ok).toBe(false);
	});

	it('names the first link that lacks its details', () => {
		const links = [fixtureLink(), { ...fixtureLink(), sources: undefined }];
		expect(readDetails({ version: 'v1', links }, 'v1', 2)).toEqual({
			ok: false,
			problem: 'link 2 of the dataset file lacks its title, summary or sources'
		});
	});
});

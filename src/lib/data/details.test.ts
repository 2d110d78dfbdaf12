import { describe, expect, it } from 'vitest';
import { linkCore, readDetails } from './details';
import { fixtureLink } from '../../../tests/support/fixtures';

describe('linkCore', () => {
	it('keeps what the first view needs and the id, and drops the rest', () => {
		expect(linkCore(fixtureLink({ parties: ['GEO'] }))).toEqual({
			id: 'fra-arm-caesar-2024',
			type: 'arms',
			from: 'FRA',
			to: 'ARM',
			parties: ['GEO'],
			start: '2024-06-18',
			end: null
		});
	});

	it('leaves parties out when the link has none', () => {
		expect('parties' in linkCore(fixtureLink({ parties: undefined }))).toBe(false);
	});
});

describe('readDetails', () => {
	const a = fixtureLink({ id: 'a', title: 'A', sources: [] });
	const b = fixtureLink({ id: 'b', title: 'B' });

	it('keys the links by id', () => {
		const result = readDetails({ version: 'v1', links: [a, b] }, 'v1', ['a', 'b']);
		expect(result.ok && [...result.links.keys()]).toEqual(['a', 'b']);
	});

	it("never joins one link's details to another's core, in whatever order the file lists them", () => {
		const result = readDetails({ version: 'v1', links: [b, a] }, 'v1', ['a', 'b']);
		expect(result.ok && result.links.get('a')).toBe(a);
		expect(result.ok && result.links.get('b')).toBe(b);
	});

	it('refuses a file of another version, saying which, even when its ids match', () => {
		expect(readDetails({ version: 'v0', links: [a, b] }, 'v1', ['a', 'b'])).toEqual({
			ok: false,
			problem:
				'the dataset file (version v0) is not the one this page was built with (version v1); reload the page'
		});
	});

	it('refuses a file that lacks a link of the page', () => {
		expect(readDetails({ version: 'v1', links: [a] }, 'v1', ['a', 'b'])).toEqual({
			ok: false,
			problem: 'the dataset file has no link "b"; reload the page'
		});
	});

	it('refuses anything that is not a dataset', () => {
		for (const json of [null, [], 'x', { version: 'v1' }, { version: 'v1', links: {} }])
			expect(readDetails(json, 'v1', []).ok).toBe(false);
	});

	it('names the first link that lacks its details', () => {
		const links = [a, { ...b, sources: undefined }];
		expect(readDetails({ version: 'v1', links }, 'v1', ['a', 'b'])).toEqual({
			ok: false,
			problem: 'link 2 of the dataset file lacks its id, title, summary or sources'
		});
	});
});

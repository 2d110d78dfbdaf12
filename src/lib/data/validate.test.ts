import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLinkFile } from '../../../tests/support/fixtures';
import type { LinkFile, PublisherRecord } from './schema';
import { formatProblem, isPublishedBy, validateRecords, type LinkRecord } from './validate';

const WIRE: PublisherRecord = {
	id: 'example-wire',
	name: 'Example Wire',
	home: 'https://www.example.org/',
	kind: 'news-agency',
	standing: 'reputable'
};
const MINISTRY: PublisherRecord = {
	id: 'ministry',
	name: 'A Ministry',
	home: 'https://mfa.example.gov/',
	hosts: ['archive.example.net'],
	kind: 'government',
	standing: 'reputable'
};
const PUBLISHERS = [WIRE];

function record(id: string, change: Partial<LinkFile> = {}): LinkRecord {
	return { id, file: `data/links/${id}.yaml`, link: fixtureLinkFile(change) };
}

const problemsOf = (...links: LinkRecord[]) =>
	validateRecords({
		groups: FIXTURE_GROUPS,
		actors: FIXTURE_ACTORS,
		publishers: PUBLISHERS,
		links
	}).map(formatProblem);

describe('validateRecords', () => {
	it('accepts a valid link', () => {
		expect(problemsOf(record('fra-arm-caesar-2024'))).toEqual([]);
	});

	it.each([
		[
			'an unknown actor',
			{ from: 'ATL' },
			'from: no actor "ATL" in data/actors.yaml: add it there or use a listed id'
		],
		[
			'an unknown party',
			{ parties: ['XYZ'] },
			'parties[0]: no actor "XYZ" in data/actors.yaml: add it there or use a listed id'
		],
		[
			'an end before the start',
			{ end: '2023-12' },
			'end: "2023-12" is before the start, "2024-06-18"'
		],
		[
			'an actor named twice',
			{ from: 'ARM' },
			'parties: "ARM" is named twice among from, to and parties'
		],
		[
			'a link outside the region',
			{ to: 'RUS' },
			"parties: binds none of ARM, AZE and GEO (FRA, RUS): outside the dataset's scope"
		],
		[
			'an unknown publisher',
			{
				sources: [
					{ publisher: 'nobody', title: 'T', url: 'https://example.org/a' },
					{ publisher: 'example-wire', title: 'T', url: 'https://example.org/b' }
				]
			},
			'sources[0].publisher: no publisher "nobody" in data/publishers.yaml: add it there or use a listed id'
		],
		[
			'a source on another site than its publisher’s',
			{ sources: [{ publisher: 'example-wire', title: 'T', url: 'https://elsewhere.com/a' }] },
			'sources[0].url: "https://elsewhere.com/a" is not on the site of "example-wire" (https://www.example.org/): name the publisher whose site it is, and the original one in "via"'
		],
		[
			'a placeholder title',
			{
				sources: [
					{
						publisher: 'example-wire',
						title: 'Deal signed (headline not captured)',
						url: 'https://example.org/a'
					}
				]
			},
			'sources[0].title: "Deal signed (headline not captured)" is not a headline: write the page\'s real title or drop the source'
		],
		[
			'a source cited twice',
			{
				sources: [
					{ publisher: 'example-wire', title: 'T', url: 'https://example.org/a' },
					{ publisher: 'example-wire', title: 'T', url: 'https://example.org/a' }
				]
			},
			'sources[1].url: "https://example.org/a" is cited twice in this link'
		],
		[
			'deliveries before the order',
			{ ordered: 2024, delivered: [2023] },
			'delivered: 2023 is before the order year, 2024'
		],
		[
			'deliveries out of order',
			{ delivered: [2025, 2024] },
			'delivered: years 2025, 2024 are not in order'
		],
		[
			'arms fields on another type',
			{ type: 'treaty', systems: ['CAESAR'] },
			'systems: is for arms links; this one is "treaty"'
		]
	])('rejects %s, naming the file and field', (_, change, problem) => {
		expect(problemsOf(record('fra-arm-caesar-2024', change as Partial<LinkFile>))).toEqual([
			`data/links/fra-arm-caesar-2024.yaml: ${problem}`
		]);
	});

	it('takes a source on a publisher’s other hosts and their subdomains', () => {
		expect(isPublishedBy('https://mfa.example.gov/news/1', MINISTRY)).toBe(true);
		expect(isPublishedBy('https://old.archive.example.net/1', MINISTRY)).toBe(true);
		expect(isPublishedBy('https://example.gov/1', MINISTRY)).toBe(false);
		expect(isPublishedBy('https://example.org/1', WIRE)).toBe(true);
	});

	it('rejects the same tie recorded twice under two ids, either way round', () => {
		const twin = record('arm-fra-caesar', { from: 'ARM', to: 'FRA' });
		expect(problemsOf(record('fra-arm-caesar-2024'), twin)).toEqual([
			'data/links/arm-fra-caesar.yaml: start: same pair, type, start and end as "fra-arm-caesar-2024": record a tie once'
		]);
	});

	it('keeps two arms deals of the same day apart by their systems', () => {
		const other = record('fra-arm-mistral', { systems: ['Mistral'] });
		expect(problemsOf(record('fra-arm-caesar-2024'), other)).toEqual([]);
	});

	it('checks the actors, groups and publishers lists', () => {
		const problems = validateRecords({
			groups: [...FIXTURE_GROUPS, FIXTURE_GROUPS[0]!],
			actors: [...FIXTURE_ACTORS, { ...FIXTURE_ACTORS[0]!, group: 'nowhere' }],
			publishers: [WIRE, WIRE, MINISTRY],
			links: [record('fra-arm-caesar-2024')]
		}).map(formatProblem);
		expect(problems).toEqual([
			'data/groups.yaml: id: "russia-bloc" is listed twice',
			'data/actors.yaml: id: "ARM" is listed twice',
			'data/actors.yaml: [12].group: ARM: no group "nowhere" in data/groups.yaml',
			'data/publishers.yaml: id: "example-wire" is listed twice',
			'data/publishers.yaml: [2]: "ministry" is cited by no source: remove it, so the credits count only publishers the data uses'
		]);
	});

	it('counts a publisher named in "via" as cited', () => {
		const viaMinistry = record('fra-arm-caesar-2024');
		viaMinistry.link.sources[0]!.via = 'ministry';
		expect(
			validateRecords({
				groups: FIXTURE_GROUPS,
				actors: FIXTURE_ACTORS,
				publishers: [WIRE, MINISTRY],
				links: [viaMinistry]
			})
		).toEqual([]);
	});
});

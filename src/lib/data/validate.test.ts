import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLinkFile } from '../../../tests/support/fixtures';
import type { ChronologyFile, LinkFile, PublisherRecord } from './schema';
import {
	formatProblem,
	isPublishedBy,
	validateRecords,
	type ChronologyRecord,
	type LinkRecord
} from './validate';

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
const COPY_SITE: PublisherRecord = {
	id: 'copy-site',
	name: 'Copy Site',
	home: 'https://copies.example.net/',
	kind: 'other',
	standing: 'unreliable',
	reason: "reposts others' articles"
};
const STATE_WIRE: PublisherRecord = {
	id: 'state-wire',
	name: 'State Wire',
	home: 'https://state.example.com/',
	kind: 'news-agency',
	standing: 'state-controlled',
	reason: 'state news agency'
};
const ENCYCLOPEDIA: PublisherRecord = {
	id: 'encyclopedia',
	name: 'An Encyclopedia',
	home: 'https://en.example.wiki/',
	kind: 'encyclopedia',
	standing: 'reputable'
};
// Unreliable publishers are listed yet may be cited by no source, so COPY_SITE is safe here.
const PUBLISHERS = [WIRE, COPY_SITE];

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
			'a source on an unreliable publisher',
			{
				sources: [
					{ publisher: 'copy-site', title: 'T', url: 'https://copies.example.net/a' },
					{ publisher: 'example-wire', title: 'T', url: 'https://example.org/b' }
				]
			},
			'sources[0].publisher: "copy-site" is unreliable (reposts others\' articles): cite the original report or a primary source instead'
		],
		[
			'a source on a staging host',
			{
				sources: [{ publisher: 'example-wire', title: 'T', url: 'https://staging.example.org/a' }]
			},
			'sources[0].url: "https://staging.example.org/a" is on a staging or test host: cite the page at its public address'
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

	it('rejects a link whose only sources are weak, naming their publishers and standings', () => {
		const weak = (...sources: LinkFile['sources']) =>
			validateRecords({
				groups: FIXTURE_GROUPS,
				actors: FIXTURE_ACTORS,
				publishers: [WIRE, COPY_SITE, STATE_WIRE],
				// The second link cites example-wire, so that it is not reported as uncited.
				links: [
					record('fra-arm-caesar-2024', { sources }),
					record('fra-arm-mistral', { systems: ['Mistral'] })
				]
			}).map(formatProblem);
		const state = { publisher: 'state-wire', title: 'T', url: 'https://state.example.com/a' };
		const copy = { publisher: 'copy-site', title: 'T', url: 'https://copies.example.net/a' };
		expect(weak(state)).toEqual([
			"data/links/fra-arm-caesar-2024.yaml: sources: no source of standing (state-wire: state-controlled): add a primary source or a reputable publisher's report"
		]);
		expect(weak(state, copy)).toEqual([
			'data/links/fra-arm-caesar-2024.yaml: sources[1].publisher: "copy-site" is unreliable (reposts others\' articles): cite the original report or a primary source instead',
			"data/links/fra-arm-caesar-2024.yaml: sources: no source of standing (state-wire: state-controlled, copy-site: unreliable): add a primary source or a reputable publisher's report"
		]);
		expect(weak(state, { ...state, url: 'https://state.example.com/b' })).toEqual([
			"data/links/fra-arm-caesar-2024.yaml: sources: no source of standing (state-wire: state-controlled): add a primary source or a reputable publisher's report"
		]);
	});

	it('never takes an encyclopedia as a link’s only ground', () => {
		const onWikipedia = record('fra-arm-caesar-2024', {
			sources: [{ publisher: 'encyclopedia', title: 'T', url: 'https://en.example.wiki/a' }]
		});
		expect(
			validateRecords({
				groups: FIXTURE_GROUPS,
				actors: FIXTURE_ACTORS,
				publishers: [ENCYCLOPEDIA],
				links: [onWikipedia]
			}).map(formatProblem)
		).toEqual([
			"data/links/fra-arm-caesar-2024.yaml: sources: no source of standing (encyclopedia: encyclopedia): add a primary source or a reputable publisher's report"
		]);
	});

	it('takes a link with a weak source beside a reputable one', () => {
		const sources = [
			{ publisher: 'state-wire', title: 'T', url: 'https://state.example.com/a' },
			{ publisher: 'example-wire', title: 'T', url: 'https://example.org/a' }
		];
		expect(
			validateRecords({
				groups: FIXTURE_GROUPS,
				actors: FIXTURE_ACTORS,
				publishers: [WIRE, STATE_WIRE],
				links: [record('fra-arm-caesar-2024', { sources })]
			})
		).toEqual([]);
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

	it('checks each chronology item: recorded by links that exist, missed, or out of scope', () => {
		const chronology = (items: ChronologyFile['items']): ChronologyRecord => ({
			id: 'bbc-armenia',
			file: 'data/coverage/bbc-armenia.yaml',
			chronology: {
				title: 'Armenia profile - Timeline',
				publisher: 'ministry',
				url: 'https://mfa.example.gov/timeline',
				states: ['ARM'],
				items
			}
		});
		const problems = (items: ChronologyFile['items']) =>
			validateRecords({
				groups: FIXTURE_GROUPS,
				actors: FIXTURE_ACTORS,
				publishers: [WIRE, MINISTRY],
				links: [record('fra-arm-caesar-2024')],
				chronologies: [chronology(items)]
			}).map(formatProblem);
		expect(
			problems([
				{ date: '2024-06', text: 'Howitzers from France', links: ['fra-arm-caesar-2024'] },
				{ date: '1991', text: 'Independence', out: 'a domestic event' },
				{ date: '1994', text: 'Ceasefire', links: [] }
			])
		).toEqual([]);
		expect(
			problems([
				{ date: '2024', text: 'Howitzers', links: ['fra-arm-caesar-2042'] },
				{ date: '1991', text: 'Independence' },
				{ date: '1992', text: 'UN', links: [], out: 'why' }
			])
		).toEqual([
			'data/coverage/bbc-armenia.yaml: items[0].links[0]: no link "fra-arm-caesar-2042" in data/links/',
			'data/coverage/bbc-armenia.yaml: items[1]: "Independence" has neither links nor out: list the links that record it ([] if none does) or say why it is out of scope',
			'data/coverage/bbc-armenia.yaml: items[2]: "UN" has both links and out: an item is recorded, missed or out of scope'
		]);
	});
});

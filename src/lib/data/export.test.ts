import { describe, expect, it } from 'vitest';
import { citedPublishers, csvField, toCsv, toJson } from './export';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLink } from '../../../tests/support/fixtures';

describe('csvField', () => {
	it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
		expect(csvField('Armenia')).toBe('Armenia');
		expect(csvField('arms, missions')).toBe('"arms, missions"');
		expect(csvField('the "Crossroads of Peace"')).toBe('"the ""Crossroads of Peace"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});
});

describe('toCsv', () => {
	it('writes a header and one row per link with sources joined', () => {
		const link = fixtureLink({
			parties: ['GEO'],
			sources: [
				{
					publisher: 'A',
					publisherId: 'a',
					via: 'C',
					title: 'One, two',
					url: 'https://a.example/1',
					date: '2024'
				},
				{ publisher: 'B', publisherId: 'b', title: 'Three', url: 'https://b.example/2' }
			]
		});
		const [header, line, end] = toCsv([link]).split('\r\n');
		expect(header).toBe(
			'id,type,from,to,parties,start,end,status,title,summary,systems,value,uncertain,sources,source_urls,quantity,ordered,delivered,added,updated'
		);
		expect(line).toBe(
			'fra-arm-caesar-2024,arms,FRA,ARM,GEO,2024-06-18,,,France sells CAESAR howitzers to Armenia,' +
				'France agreed to sell CAESAR self-propelled howitzers to Armenia.,CAESAR,,,' +
				'"A (via C): One, two (2024) | B: Three",https://a.example/1 https://b.example/2,,,,2026-11-23,2026-11-27'
		);
		expect(end).toBe('');
	});
});

describe('toJson', () => {
	it('holds the version, the actors, every field of the links, the groups and publishers', () => {
		const link = fixtureLink();
		const publishers = [
			{
				id: 'example-wire',
				name: 'Example Wire',
				home: 'https://example.org/',
				kind: 'news-agency' as const,
				standing: 'reputable' as const
			}
		];
		const parsed = JSON.parse(
			toJson({
				version: '2026-01-01.0123abcd',
				actors: FIXTURE_ACTORS,
				groups: FIXTURE_GROUPS,
				publishers,
				links: [link]
			})
		);
		expect(Object.keys(parsed)).toEqual(['version', 'actors', 'links', 'groups', 'publishers']);
		expect(parsed.version).toBe('2026-01-01.0123abcd');
		expect(parsed.actors).toEqual(FIXTURE_ACTORS);
		expect(parsed.links).toEqual([link]);
		expect(parsed.publishers).toEqual(publishers);
	});
});

describe('citedPublishers', () => {
	it('counts each publisher once per link, most cited first', () => {
		const source = (publisher: string) => ({
			publisher,
			publisherId: publisher.toLowerCase(),
			title: 't',
			url: `https://x.example/${publisher}`
		});
		const links = [
			fixtureLink({ id: 'a', sources: [source('EEAS'), source('EEAS'), source('Reuters')] }),
			fixtureLink({ id: 'b', sources: [source('Reuters')] })
		];
		expect(citedPublishers(links)).toEqual([
			{ name: 'Reuters', links: 2 },
			{ name: 'EEAS', links: 1 }
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { citedPublishers, csvField, toCsv, toJson } from './export';
import { fixtureLink } from './fixtures';

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
				{ publisher: 'A', title: 'One, two', url: 'https://a.example/1', date: '2024' },
				{ publisher: 'B', title: 'Three', url: 'https://b.example/2' }
			]
		});
		const [header, line, end] = toCsv([link]).split('\r\n');
		expect(header).toBe(
			'id,type,from,to,parties,start,end,status,title,summary,systems,value,uncertain,sources,source_urls'
		);
		expect(line).toBe(
			'fra-arm-caesar-2024,arms,FRA,ARM,GEO,2024-06-18,,,France sells CAESAR howitzers to Armenia,' +
				'France agreed to sell CAESAR self-propelled howitzers to Armenia.,CAESAR,,,' +
				'"A: One, two (2024) | B: Three",https://a.example/1 https://b.example/2'
		);
		expect(end).toBe('');
	});
});

describe('toJson', () => {
	it('holds the version, the actors and every field of the links', () => {
		const link = fixtureLink();
		const parsed = JSON.parse(toJson({ version: '2026-01-01', actors: ACTORS, links: [link] }));
		expect(parsed.version).toBe('2026-01-01');
		expect(parsed.actors).toHaveLength(ACTORS.length);
		expect(parsed.links).toEqual([link]);
	});
});

describe('citedPublishers', () => {
	it('counts each publisher once per link, most cited first', () => {
		const source = (publisher: string) => ({ publisher, title: 't', url: 'https://x.example/' });
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

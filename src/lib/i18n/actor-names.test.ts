import { describe, expect, it } from 'vitest';
import type { Actor } from '../data/types';
import { ISO2, actorName } from './actor-names';

const state = (id: string, name: string): Actor =>
	({ id, name, shortName: name, kind: 'state', group: 'others', anchor: [0, 0] }) as Actor;
const EU = { id: 'EU', name: 'European Union', shortName: 'EU', kind: 'organisation' } as Actor;
const orgs = { EU: { name: 'Европейский союз', shortName: 'ЕС' } };

describe('actorName', () => {
	it('keeps the data’s English names on English pages', () => {
		expect(actorName(state('GEO', 'Georgia'), 'en', orgs)).toEqual({
			name: 'Georgia',
			shortName: 'Georgia'
		});
	});
	it('names states from CLDR in each locale', () => {
		expect(actorName(state('GEO', 'Georgia'), 'ru', orgs).name).toBe('Грузия');
		expect(actorName(state('ARM', 'Armenia'), 'az', orgs).name).toBe('Ermənistan');
		expect(actorName(state('AZE', 'Azerbaijan'), 'hy', orgs).name).toBe('Ադրբեջան');
		expect(actorName(state('GEO', 'Georgia'), 'ka', orgs).name).toBe('საქართველო');
	});
	it('gives short names for narrow labels', () => {
		expect(actorName(state('USA', 'United States'), 'ru', orgs).shortName).toBe('США');
		expect(actorName(state('ARE', 'United Arab Emirates'), 'hy', orgs).shortName).toBe('ԱՄԷ');
	});
	it('names organisations from the messages', () => {
		expect(actorName(EU, 'ru', orgs)).toEqual({ name: 'Европейский союз', shortName: 'ЕС' });
		expect(actorName(EU, 'ka', {})).toMatchObject({ name: 'European Union' });
	});
	it('has an alpha-2 code for every three-letter state id', () => {
		for (const [iso3, iso2] of Object.entries(ISO2)) {
			expect(iso3).toMatch(/^[A-Z]{3}$/);
			expect(iso2).toMatch(/^[A-Z]{2}$/);
		}
	});
});

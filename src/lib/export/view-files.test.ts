import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { defaultView, type ViewBounds } from '../state/url';
import { viewFileName, viewJson } from './view-files';

const bounds: ViewBounds = { minYear: 1991, maxYear: 2026, actors: ['ARM', 'AZE'] };

describe('viewFileName', () => {
	it('says the types, the years and the pinned actor', () => {
		const view = { types: ['mission', 'arms'] as const, from: 2015, to: 2025, pinned: 'ARM' };
		expect(viewFileName({ ...view, types: [...view.types], partner: null }, 'png')).toBe(
			'caucasus-ties_arms-mission_2015-2025_ARM.png'
		);
		expect(viewFileName({ ...view, types: [...view.types], partner: 'RUS' }, 'csv')).toBe(
			'caucasus-ties_arms-mission_2015-2025_ARM-RUS.csv'
		);
	});

	it('says "all" for every type, one year once, and "none" for no type', () => {
		expect(viewFileName(defaultView(bounds), 'svg')).toBe('caucasus-ties_all_1991-2026.svg');
		expect(viewFileName({ ...defaultView(bounds), types: [], from: 2008, to: 2008 }, 'csv')).toBe(
			'caucasus-ties_none_2008.csv'
		);
	});
});

describe('viewJson', () => {
	it('holds the data version, the view’s address and its links', () => {
		const link = fixtureLink();
		expect(JSON.parse(viewJson([link], 'v1', 'https://x.test/?types=arms'))).toEqual({
			version: 'v1',
			view: 'https://x.test/?types=arms',
			links: [link]
		});
	});
});

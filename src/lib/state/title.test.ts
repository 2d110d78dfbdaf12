import { describe, expect, it } from 'vitest';
import { actorNames } from '../data/actor-names';
import { describeView } from './title';
import { defaultView, type ViewBounds } from './url';

const bounds: ViewBounds = { minYear: 1991, maxYear: 2026, actors: ['ARM', 'AZE'] };
const describe_ = (change: object) =>
	describeView(
		{ ...defaultView(bounds), ...change },
		bounds,
		actorNames([
			{ id: 'ARM', name: 'Armenia', shortName: 'Armenia' },
			{ id: 'AZE', name: 'Azerbaijan', shortName: 'Azerbaijan' }
		]).name
	);

describe('describeView', () => {
	it('names only the site for the default view', () => {
		expect(describe_({})).toBe('Caucasus Ties');
	});

	it('names a pinned pair', () => {
		expect(describe_({ pinned: 'ARM', partner: 'AZE', from: 2020, to: 2020 })).toBe(
			'Armenia and Azerbaijan: all ties, 2020 - Caucasus Ties'
		);
	});

	it('names the pinned actor, the types and the years', () => {
		expect(describe_({ pinned: 'ARM', types: ['arms', 'mission'], from: 2018, to: 2025 })).toBe(
			'Armenia: arms and missions, 2018–2025 - Caucasus Ties'
		);
	});

	it('lists up to three types, then counts them', () => {
		expect(describe_({ types: ['arms', 'treaty', 'aid'] })).toBe(
			'Arms, treaties and aid, 1991–2026 - Caucasus Ties'
		);
		expect(describe_({ types: ['arms', 'treaty', 'aid', 'energy'] })).toBe(
			'4 link types, 1991–2026 - Caucasus Ties'
		);
	});

	it('says so when no type is shown, and gives a single year once', () => {
		expect(describe_({ types: [], from: 2020, to: 2020 })).toBe(
			'No link types, 2020 - Caucasus Ties'
		);
		expect(describe_({ pinned: 'AZE', from: 2023, to: 2023 })).toBe(
			'Azerbaijan: all ties, 2023 - Caucasus Ties'
		);
	});
});

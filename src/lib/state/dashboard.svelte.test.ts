import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkCore } from '../data/details';
import { FIXTURE_ACTORS, fixtureLink, fixtureMap } from '../../../tests/support/fixtures';
import { prepareLit } from '../components/lit/prepare.svelte';
import { between } from '../layout/lit-layers';
import { Dashboard, type DashboardData } from './dashboard.svelte';

const LINKS = [
	fixtureLink({ id: 'fra-arm-caesar', from: 'FRA', to: 'ARM', start: '2024-06-18' }),
	fixtureLink({
		id: 'rus-arm-base',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1995-03-16',
		systems: undefined
	}),
	fixtureLink({
		id: 'aze-tur-shusha',
		type: 'treaty',
		from: 'AZE',
		to: 'TUR',
		start: '2021-06-15',
		systems: undefined
	}),
	fixtureLink({
		id: 'eu-geo-aa',
		type: 'treaty',
		from: 'EU',
		to: 'GEO',
		start: '2014-06-27',
		systems: undefined
	})
];

const MAP = fixtureMap(FIXTURE_ACTORS);

function dashboard() {
	const history: { push: string[]; replace: string[] } = { push: [], replace: [] };
	const data: DashboardData = {
		version: '2026-11-27.abcdef12',
		links: LINKS.map(linkCore),
		actors: FIXTURE_ACTORS.map(({ id, name, shortName }) => ({ id, name, shortName })),
		map: MAP
	};
	const state = new Dashboard(
		data,
		{
			push: (href) => history.push.push(href),
			replace: (href) => history.replace.push(href)
		},
		{ dataset: '/data/ties.json', texts: null }
	);
	return { state, history };
}

afterEach(() => vi.useRealTimers());

/**
 * Runs `check` while an effect reads `read`: derived values are kept, as on the page, only while
 * something depends on them.
 */
function whileObserved(read: () => unknown, check: () => void) {
	const stop = $effect.root(() => {
		$effect(() => {
			read();
		});
	});
	flushSync();
	try {
		check();
	} finally {
		stop();
	}
}

describe('Dashboard', () => {
	it('starts at the default view, from 1991 to the data’s year, every link shown', () => {
		const { state } = dashboard();
		expect(state.bounds).toMatchObject({ minYear: 1991, maxYear: 2026 });
		expect(state.stages.filtered.map((l) => l.id)).toEqual([
			'fra-arm-caesar',
			'rus-arm-base',
			'aze-tur-shusha',
			'eu-geo-aa'
		]);
		expect(state.title).toBe('Caucasus Ties');
		expect(state.stages.chord.ribbons).toHaveLength(4);
		expect(state.highlight.lit).toBeNull();
	});

	it('takes the view from the address and says what it could not use', () => {
		const { state, history } = dashboard();
		state.view.arrive('?types=treaty,bananas&from=2010&focus=GEO');
		expect(state.view.current).toEqual({
			types: ['treaty'],
			from: 2010,
			to: 2026,
			pinned: 'GEO',
			partner: null
		});
		expect(state.stages.filtered.map((l) => l.id)).toEqual(['aze-tur-shusha', 'eu-geo-aa']);
		expect(state.view.notices.map((n) => n.parameter)).toEqual(['types']);
		expect(state.title).toBe('Georgia: treaties, 2010–2026 - Caucasus Ties');
		expect(history.push).toEqual([]);
	});

	it('keeps the same view, and what is derived from it, for an address of the same view', () => {
		const { state } = dashboard();
		state.view.arrive('?types=treaty');
		whileObserved(
			() => state.stages.filtered,
			() => {
				const [view, filtered] = [state.view.current, state.stages.filtered];
				state.view.arrive('?types=treaty');
				expect(state.view.current).toBe(view);
				expect(state.stages.filtered).toBe(filtered);
			}
		);
	});

	it('toggles a type and shows one alone, writing a history entry each time', () => {
		const { state, history } = dashboard();
		state.view.toggleType('arms');
		expect(state.view.isShown('arms')).toBe(false);
		expect(state.stages.filtered.map((l) => l.id)).not.toContain('fra-arm-caesar');
		expect(state.stages.typeCounts.get('arms')).toBe(1);
		state.view.showOnly('mission');
		expect(state.stages.filtered.map((l) => l.id)).toEqual(['rus-arm-base']);
		expect(history.push).toEqual([]);
		state.settle();
		expect(history.push).toEqual([
			'?types=treaty,mission,aid,energy,diplomacy,conflict',
			'?types=mission'
		]);
	});

	it('sets the years in order and within the data’s bounds', () => {
		const { state, history } = dashboard();
		state.view.setYears(2030, 2015);
		expect([state.view.from, state.view.to]).toEqual([2015, 2026]);
		expect(state.stages.filtered.map((l) => l.id)).toEqual([
			'fra-arm-caesar',
			'rus-arm-base',
			'aze-tur-shusha',
			'eu-geo-aa'
		]);
		state.view.setYears(1990, 2000);
		expect(state.stages.filtered.map((l) => l.id)).toEqual(['rus-arm-base']);
		state.settle();
		expect(history.push).toEqual(['?from=2015', '?to=2000']);
	});

	it('pins and unpins, and a pin does not refilter the links', () => {
		const { state, history } = dashboard();
		whileObserved(
			() => state.stages.filtered,
			() => {
				const filtered = state.stages.filtered;
				state.view.pin('ARM');
				expect(state.stages.filtered).toBe(filtered);
			}
		);
		expect(state.view.pinned).toBe('ARM');
		// An actor's ribbons are in its lit layer, prepared from the links in view once painted.
		prepareLit(state);
		expect(
			state.litSource?.chord.ribbons.filter((r) => r.source === 'ARM' || r.target === 'ARM').length
		).toBe(2);
		state.view.pin('ARM');
		expect(state.view.pinned).toBeNull();
		state.view.pin('GEO');
		state.view.unpin();
		state.settle();
		expect(history.push).toEqual(['?focus=ARM', '', '?focus=GEO', '']);
	});

	it('writes nothing when an action leaves the view as it is, and clears notices when it does not', () => {
		const { state, history } = dashboard();
		state.view.arrive('?from=abc');
		expect(state.view.notices).toHaveLength(1);
		state.view.unpin();
		state.settle();
		expect(history.push).toEqual([]);
		state.view.pin('AZE');
		expect(state.view.notices).toEqual([]);
	});

	it('lights the hovered actor over the pinned one, with its partners, and back', () => {
		const { state } = dashboard();
		state.view.pin('GEO');
		state.highlight.hover('ARM', { x: 10, y: 20 });
		expect(state.highlight.active).toBe('ARM');
		expect([...state.highlight.lit!.actors].sort()).toEqual(['ARM', 'FRA', 'RUS']);
		state.highlight.leave('AZE');
		expect(state.highlight.active).toBe('ARM');
		state.highlight.leave('ARM');
		expect(state.highlight.active).toBe('GEO');
		expect(state.highlight.lit?.actor).toBe('GEO');
	});

	it('pins a pair, lights it until something else is pointed at, and unpins it with its actor', () => {
		const { state, history } = dashboard();
		state.view.pinPair('ARM', 'RUS');
		expect(state.title).toBe('Armenia and Russia: all ties, 1991–2026 - Caucasus Ties');
		expect(
			between(state.stages.chord.ribbons, state.highlight.lit!.pair!).map((r) => r.key)
		).toEqual(['RUS-ARM-mission']);
		state.highlight.hover('AZE', { x: 0, y: 0 });
		expect(state.highlight.lit?.actor).toBe('AZE');
		state.highlight.leave('AZE');
		state.view.pin('GEO');
		expect(state.view.current.partner).toBeNull();
		state.view.pinPair('ARM', 'FRA');
		state.view.unpin();
		state.settle();
		expect(history.push).toEqual(['?focus=ARM&with=RUS', '?focus=GEO', '?focus=ARM&with=FRA', '']);
	});

	it('lights a hovered ribbon’s pair', () => {
		const { state } = dashboard();
		state.highlight.hoverPair({ source: 'FRA', target: 'ARM' }, { x: 0, y: 0 });
		expect(state.highlight.lit?.actor).toBeNull();
		expect(
			between(state.stages.chord.ribbons, state.highlight.lit!.pair!).map((r) => r.key)
		).toEqual(['FRA-ARM-arms']);
		state.highlight.leavePair();
		expect(state.highlight.lit).toBeNull();
	});

	it('plays one year at a time without filling the history, and stops at the end', () => {
		vi.useFakeTimers();
		const { state, history } = dashboard();
		state.view.setYears(2024, 2026);
		state.playback.play();
		expect([state.view.from, state.view.to, state.playback.playing]).toEqual([2024, 2024, true]);
		vi.advanceTimersByTime(900 * 3);
		expect([state.view.from, state.view.to, state.playback.playing]).toEqual([2026, 2026, false]);
		state.settle();
		expect(history.push).toEqual(['?from=2024']);
		expect(history.replace).toEqual(['?from=2024&to=2024', '?from=2025&to=2025', '?from=2026']);
	});

	it('abridges the chord’s labels in a narrow panel', () => {
		const { state } = dashboard();
		expect(state.stages.compact).toBe(false);
		state.stages.chordWidth = 400;
		expect(state.stages.compact).toBe(true);
	});

	it('prepares the lit layers’ links once per filter, not on a pin', () => {
		const { state } = dashboard();
		expect(state.litSource).toBeNull();
		prepareLit(state);
		const source = state.litSource;
		expect(source?.chord.ribbons).toHaveLength(4);
		state.view.pin('ARM');
		prepareLit(state);
		expect(state.litSource).toBe(source);
		state.view.toggleType('arms');
		prepareLit(state);
		expect(state.litSource?.chord.ribbons).toHaveLength(3);
	});

	it('lets the text views and the title catch up only when asked', () => {
		const { state } = dashboard();
		state.view.pin('ARM');
		expect(state.settled).toEqual({
			links: [],
			pinned: null,
			partner: null,
			title: 'Caucasus Ties'
		});
		state.settle();
		expect(state.settled.pinned).toBe('ARM');
		expect(state.settled.links).toHaveLength(4);
		expect(state.settled.title).toBe('Armenia: all ties, 1991–2026 - Caucasus Ties');
	});

	it('drops the addresses not yet written when the reader goes back', () => {
		const { state, history } = dashboard();
		state.view.pin('ARM');
		state.view.arrive('?focus=GEO');
		state.settle();
		expect(history.push).toEqual([]);
		expect(state.view.pinned).toBe('GEO');
	});

	it('moves the tab stop with keyboard focus, never with the pointer', () => {
		const { state } = dashboard();
		state.highlight.hover('ARM', { x: 0, y: 0 });
		expect(state.highlight.keyed).toBeNull();
		state.highlight.keyIn('GEO', { x: 0, y: 0 });
		expect([state.highlight.keyed, state.highlight.hovered]).toEqual(['GEO', 'GEO']);
		state.highlight.leave('GEO');
		expect(state.highlight.keyed).toBe('GEO');
		state.highlight.keyOut('GEO');
		expect([state.highlight.keyed, state.highlight.hovered]).toEqual([null, null]);
	});
});

import { describe, expect, it } from 'vitest';
import { ViewState } from './view.svelte';

const BOUNDS = { minYear: 1991, maxYear: 2026, actors: ['ARM', 'AZE', 'GEO', 'RUS'] };

function viewState() {
	const written: string[] = [];
	const state = new ViewState(BOUNDS, {
		push: (query) => written.push(`push ${query}`),
		replace: (query) => written.push(`replace ${query}`)
	});
	return { state, written };
}

describe('ViewState', () => {
	it('shows a change at once and writes its address only when settled, in order', () => {
		const { state, written } = viewState();
		state.toggleType('arms');
		state.setYears(2000, 2010, true);
		state.pin('ARM');
		expect(state.pinned).toBe('ARM');
		expect(written).toEqual([]);
		state.settle();
		expect(written).toEqual([
			'push ?types=treaty,mission,aid,energy,diplomacy,conflict',
			'replace ?types=treaty,mission,aid,energy,diplomacy,conflict&from=2000&to=2010',
			'push ?types=treaty,mission,aid,energy,diplomacy,conflict&from=2000&to=2010&focus=ARM'
		]);
		state.settle();
		expect(written).toHaveLength(3);
	});

	it('takes an arriving address without writing it back, keeping the view object if the same', () => {
		const { state, written } = viewState();
		state.arrive('?focus=arm&to=2020');
		const view = state.current;
		expect(view).toMatchObject({ pinned: 'ARM', to: 2020 });
		state.arrive('to=2020&focus=ARM');
		expect(state.current).toBe(view);
		state.settle();
		expect(written).toEqual([]);
	});

	it('drops views not yet written when an address arrives (back and forward)', () => {
		const { state, written } = viewState();
		state.pin('GEO');
		state.arrive('?focus=AZE');
		state.settle();
		expect(written).toEqual([]);
		expect(state.pinned).toBe('AZE');
	});

	it('writes nothing for an action that changes nothing', () => {
		const { state, written } = viewState();
		state.unpin();
		state.setYears(1991, 2026);
		state.settle();
		expect(written).toEqual([]);
	});

	it('reports what an address asked for that it could not show, until the next change', () => {
		const { state } = viewState();
		state.arrive('?from=abc&with=RUS');
		expect(state.notices.map((n) => n.kind)).toEqual(['not-a-year', 'partner-needs-focus']);
		state.pin('ARM');
		expect(state.notices).toEqual([]);
	});
});

import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../data/types';
import { Highlight } from './highlight.svelte';

/** A highlight over a fixed pin and a fixed set of ties: ARM–RUS, ARM–FRA, GEO–EU. */
function highlight(pinned: ActorId | null = null, partner: ActorId | null = null) {
	const ties: Record<string, ActorId[]> = {
		ARM: ['RUS', 'FRA'],
		RUS: ['ARM'],
		FRA: ['ARM'],
		GEO: ['EU'],
		EU: ['GEO']
	};
	return new Highlight({ pinned, partner, neighbours: (actor) => new Set(ties[actor] ?? []) });
}

describe('Highlight', () => {
	it('lights nothing until something is pointed at or pinned', () => {
		expect(highlight().lit).toBeNull();
	});

	it('lights the hovered actor with its partners, over the pinned one, and back', () => {
		const state = highlight('GEO');
		expect(state.lit?.actor).toBe('GEO');
		state.hover('ARM', { x: 1, y: 2 });
		flushSync();
		expect(state.lit?.actor).toBe('ARM');
		expect([...state.lit!.actors].sort()).toEqual(['ARM', 'FRA', 'RUS']);
		state.leave('RUS');
		expect(state.active).toBe('ARM');
		state.leave('ARM');
		expect(state.lit?.actor).toBe('GEO');
	});

	it('lights a hovered ribbon’s pair, and a pinned pair unless an actor is pointed at', () => {
		const state = highlight('ARM', 'RUS');
		expect(state.lit?.pair).toEqual({ source: 'ARM', target: 'RUS' });
		state.hover('GEO', { x: 0, y: 0 });
		expect(state.lit?.actor).toBe('GEO');
		state.leave('GEO');
		state.hoverPair({ source: 'FRA', target: 'ARM' }, { x: 0, y: 0 });
		expect(state.lit?.pair).toEqual({ source: 'FRA', target: 'ARM' });
		expect([...state.lit!.actors]).toEqual(['FRA', 'ARM']);
	});

	it('moves the tab stop with keyboard focus, never with the pointer, and the tooltip with both', () => {
		const state = highlight();
		state.movePointer({ x: 5, y: 5 });
		expect(state.pointer).toBeNull();
		state.hover('ARM', { x: 0, y: 0 });
		state.movePointer({ x: 5, y: 5 });
		expect([state.keyed, state.pointer]).toEqual([null, { x: 5, y: 5 }]);
		state.keyIn('GEO', { x: 0, y: 0 });
		state.keyOut('GEO');
		expect([state.keyed, state.hovered]).toEqual([null, null]);
	});
});

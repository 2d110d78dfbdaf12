import { afterEach, describe, expect, it, vi } from 'vitest';
import { Playback, PLAY_STEP_MS } from './playback.svelte';
import { ViewState } from './view.svelte';

afterEach(() => vi.useRealTimers());

describe('Playback', () => {
	it('steps a one-year view to the last year, replacing the address, and stops there', () => {
		vi.useFakeTimers();
		const written: string[] = [];
		const view = new ViewState(
			{ minYear: 1991, maxYear: 2026, actors: [] },
			{ push: (q) => written.push(`push ${q}`), replace: (q) => written.push(`replace ${q}`) }
		);
		const playback = new Playback(view);
		view.setYears(2025, 2026);
		playback.play();
		expect([view.from, view.to, playback.playing]).toEqual([2025, 2025, true]);
		vi.advanceTimersByTime(PLAY_STEP_MS * 2);
		expect([view.from, view.to, playback.playing]).toEqual([2026, 2026, false]);
		view.settle();
		expect(written).toEqual([
			'push ?from=2025',
			'replace ?from=2025&to=2025',
			'replace ?from=2026'
		]);
	});

	it('starts after a one-year view, or from the first year after the last', () => {
		vi.useFakeTimers();
		const view = new ViewState(
			{ minYear: 1991, maxYear: 2026, actors: [] },
			{
				push() {},
				replace() {}
			}
		);
		const playback = new Playback(view);
		view.setYears(2026, 2026);
		playback.play();
		expect(view.from).toBe(1991);
		playback.stop();
		vi.advanceTimersByTime(PLAY_STEP_MS * 3);
		expect(view.from).toBe(1991);
	});
});

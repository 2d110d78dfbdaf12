import type { ViewState } from './view.svelte';

/** Play shows one year at a time, for this long each. */
export const PLAY_STEP_MS = 900;

/**
 * Play: steps a one-year view through the years, from the range's start, replacing the address
 * at each step so the history does not fill up.
 */
export class Playback {
	playing = $state(false);
	readonly #view: Pick<ViewState, 'current' | 'bounds' | 'setYears'>;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(view: Pick<ViewState, 'current' | 'bounds' | 'setYears'>) {
		this.#view = view;
	}

	play(): void {
		const { from, to } = this.#view.current;
		const { minYear, maxYear } = this.#view.bounds;
		let year = from === to ? (to < maxYear ? to + 1 : minYear) : from;
		this.playing = true;
		this.#view.setYears(year, year, true);
		clearInterval(this.#timer);
		this.#timer = setInterval(() => {
			if (year >= maxYear) return this.stop();
			year += 1;
			this.#view.setYears(year, year, true);
		}, PLAY_STEP_MS);
	}

	stop(): void {
		this.playing = false;
		clearInterval(this.#timer);
	}
}

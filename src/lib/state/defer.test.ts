import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './defer';

describe('afterNextPaint', () => {
	let frames: (() => void)[] = [];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	const paint = () => frames.splice(0).forEach((frame) => frame());

	it('waits for the next frame, then for the task after it', () => {
		const work = vi.fn();
		afterNextPaint(work);
		vi.runAllTimers();
		expect(work).not.toHaveBeenCalled();
		paint();
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledOnce();
	});

	it('can be cancelled before the frame or after it', () => {
		const early = vi.fn();
		afterNextPaint(early)();
		paint();
		vi.runAllTimers();
		expect(early).not.toHaveBeenCalled();

		const late = vi.fn();
		const cancel = afterNextPaint(late);
		paint();
		cancel();
		vi.runAllTimers();
		expect(late).not.toHaveBeenCalled();
	});
});

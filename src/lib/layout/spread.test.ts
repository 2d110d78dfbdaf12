import { describe, expect, it } from 'vitest';
import { spreadOnLoop } from './spread';

const TAU = 2 * Math.PI;
function gaps(sorted: number[], length: number): number[] {
	return sorted.map((a, i) => (i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + length) - a);
}

describe('spreadOnLoop', () => {
	it('leaves positions that do not collide where they are', () => {
		expect(spreadOnLoop([0.5, 2, 4], 0.1, TAU)).toEqual([0.5, 2, 4]);
	});

	it('pushes crowded positions apart to the minimum gap and keeps their order', () => {
		const out = spreadOnLoop([10, 11, 12, 300], 8, 600);
		expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(8 - 1e-6);
		expect(out[2]! - out[1]!).toBeGreaterThanOrEqual(8 - 1e-6);
		expect(out[3]).toBe(300);
	});

	it('works on unsorted input and returns positions in input order', () => {
		const out = spreadOnLoop([300, 12, 10, 11], 8, 600);
		expect(out[0]).toBe(300);
		expect(out[2]! < out[3]! && out[3]! < out[1]!).toBe(true);
	});

	it('spreads across the point where the loop closes', () => {
		const out = spreadOnLoop([0.01, TAU - 0.01], 0.2, TAU);
		expect(
			Math.min(
				...gaps(
					[...out].sort((a, b) => a - b),
					TAU
				)
			)
		).toBeGreaterThanOrEqual(0.2 - 1e-6);
	});

	it('clears a dense cluster completely, centred where it was', () => {
		const cluster = Array.from({ length: 15 }, (_, k) => 1 + k * 0.003);
		const out = spreadOnLoop([...cluster, 4], 0.137, TAU);
		const sorted = [...out].sort((a, b) => a - b);
		expect(Math.min(...gaps(sorted, TAU))).toBeGreaterThanOrEqual(0.137 - 1e-9);
		const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean(out.slice(0, 15))).toBeCloseTo(mean(cluster), 9);
		expect(out[15]).toBe(4);
	});

	it('shares the loop evenly when the gap asked for cannot fit', () => {
		const out = spreadOnLoop([1, 1, 1, 1], 10, 20);
		expect(
			Math.min(
				...gaps(
					[...out].sort((a, b) => a - b),
					20
				)
			)
		).toBeGreaterThanOrEqual(5 - 1e-6);
	});

	it('keeps a nearly full ring apart where its ends meet, as many labels around a chord need', () => {
		// Eleven positions that need 95% of the loop, crowded on both sides of where it is cut.
		const positions = [0.01, 4.17, 1.27, 3.41, 0.44, 0.03, 5.79, 6.1, 1.32, 5.87, 2.4];
		const gap = (0.95 * TAU) / positions.length;
		const out = spreadOnLoop(positions, gap, TAU).map((p) => ((p % TAU) + TAU) % TAU);
		expect(
			Math.min(
				...gaps(
					[...out].sort((a, b) => a - b),
					TAU
				)
			)
		).toBeGreaterThanOrEqual(gap - 1e-9);
	});
});

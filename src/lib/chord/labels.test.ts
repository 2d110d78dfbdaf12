import { describe, expect, it } from 'vitest';
import { radialLabel, spreadAngles } from './labels';

const TAU = 2 * Math.PI;
function gaps(angles: number[]): number[] {
	return angles.map((a, i) => (i + 1 < angles.length ? angles[i + 1]! : angles[0]! + TAU) - a);
}

describe('spreadAngles', () => {
	it('leaves labels that do not collide where they are', () => {
		expect(spreadAngles([0.5, 2, 4], 0.1)).toEqual([0.5, 2, 4]);
	});

	it('pushes crowded labels apart to the minimum gap', () => {
		const out = spreadAngles([1, 1.01, 1.02, 1.03, 3], 0.1);
		expect(Math.min(...gaps(out))).toBeGreaterThanOrEqual(0.1 - 1e-6);
		expect(out[4]).toBe(3);
	});

	it('spreads across the wrap at twelve o’clock', () => {
		const out = spreadAngles([0.01, TAU - 0.01], 0.2);
		expect(Math.min(...gaps(out))).toBeGreaterThanOrEqual(0.2 - 1e-6);
	});
});

describe('radialLabel', () => {
	it('reads outward on the right and upright on the left', () => {
		expect(radialLabel(Math.PI / 2, 100)).toMatchObject({ rotate: 0, anchor: 'start' });
		const left = radialLabel((3 * Math.PI) / 2, 100);
		expect(left.anchor).toBe('end');
		expect(left.x).toBeCloseTo(-100);
		expect(left.rotate).toBeCloseTo(360);
	});
});

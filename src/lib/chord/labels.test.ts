import { describe, expect, it } from 'vitest';
import { radialLabel } from './labels';

describe('radialLabel', () => {
	it('reads outward on the right and upright on the left', () => {
		expect(radialLabel(Math.PI / 2, 100)).toMatchObject({ rotate: 0, anchor: 'start' });
		const left = radialLabel((3 * Math.PI) / 2, 100);
		expect(left.anchor).toBe('end');
		expect(left.x).toBeCloseTo(-100);
		expect(left.rotate).toBeCloseTo(360);
	});
});

import { describe, expect, it } from 'vitest';
import { radialLabel } from './labels';

describe('radialLabel', () => {
	it('reads outward on the right and upright on the left', () => {
		expect(radialLabel(Math.PI / 2, 100)).toEqual({ rotate: 0, offset: 100, anchor: 'start' });
		expect(radialLabel((3 * Math.PI) / 2, 100)).toEqual({
			rotate: 0,
			offset: -100,
			anchor: 'end'
		});
	});

	it('keeps turns between -90 and 90 degrees and rounds to a tenth', () => {
		expect(radialLabel(0.3, 123.456)).toEqual({ rotate: -72.8, offset: 123.5, anchor: 'start' });
		expect(radialLabel(5.9, 100)).toEqual({ rotate: 68, offset: -100, anchor: 'end' });
	});

	it('lands just outside the ring at its angle, on either half', () => {
		for (const angle of [0.3, 1.2, 2.9, 3.5, 5.9]) {
			// Where `rotate(r) translate(offset)` puts the label's anchor.
			const { rotate, offset } = radialLabel(angle, 100);
			const [x, y] = [
				offset * Math.cos((rotate * Math.PI) / 180),
				offset * Math.sin((rotate * Math.PI) / 180)
			];
			expect(x).toBeCloseTo(100 * Math.sin(angle), 0);
			expect(y).toBeCloseTo(-100 * Math.cos(angle), 0);
		}
	});
});

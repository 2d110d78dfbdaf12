import { describe, expect, it } from 'vitest';
import { radialLabel } from './labels';

describe('radialLabel', () => {
	it('reads outward on the right and upright on the left', () => {
		expect(radialLabel(Math.PI / 2, 100)).toEqual({ x: 100, y: 0, rotate: 0, anchor: 'start' });
		expect(radialLabel((3 * Math.PI) / 2, 100)).toEqual({
			x: -100,
			y: 0,
			rotate: 0,
			anchor: 'end'
		});
	});

	it('keeps turns between -90 and 90 degrees and rounds to a tenth', () => {
		expect(radialLabel(0.3, 123.456)).toEqual({
			x: 36.5,
			y: -117.9,
			rotate: -72.8,
			anchor: 'start'
		});
		expect(radialLabel(5.9, 100)).toEqual({ x: -37.4, y: -92.7, rotate: 68, anchor: 'end' });
	});
});

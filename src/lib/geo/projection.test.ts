import { describe, expect, it } from 'vitest';
import { VIEW_EXTENT } from './extent';
import { fitProjection } from './projection';

describe('fitProjection', () => {
	const { projection, width, height } = fitProjection(VIEW_EXTENT, 640);

	it('fills the width and derives the height from the extent', () => {
		expect(width).toBe(640);
		expect(height).toBe(470);
	});

	it('maps the extent’s corners to the SVG’s corners', () => {
		const [[w, s], [e, n]] = VIEW_EXTENT;
		const nw = projection([w, n])!;
		const se = projection([e, s])!;
		expect(nw[0]).toBeCloseTo(0, 0);
		expect(nw[1]).toBeCloseTo(0, 0);
		expect(se[0]).toBeCloseTo(640, 0);
		expect(se[1]).toBeCloseTo(470, 0);
	});

	it('puts Yerevan left of Baku and south of Tbilisi', () => {
		const yerevan = projection([44.51, 40.18])!;
		const baku = projection([49.87, 40.41])!;
		const tbilisi = projection([44.79, 41.72])!;
		expect(yerevan[0]).toBeLessThan(baku[0]);
		expect(yerevan[1]).toBeGreaterThan(tbilisi[1]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	bearing,
	fromPerimeter,
	markerLabel,
	placePartners,
	rayToFrame,
	toPerimeter
} from './partners';

const frame = { x0: 0, y0: 0, x1: 200, y1: 100 };
const centre = { lonLat: [45, 41] as [number, number], xy: [100, 50] as [number, number] };

describe('bearing', () => {
	it('measures clockwise from north', () => {
		expect(bearing([45, 41], [45, 60])).toBeCloseTo(0);
		expect(bearing([45, 41], [45, 20])).toBeCloseTo(180);
		expect(bearing([0, 0], [10, 0])).toBeCloseTo(90);
	});

	// Expected values checked with d3's geoInterpolate: a small step along the great circle.
	it('points from the Caucasus to Paris west-north-west and to Delhi east-south-east', () => {
		expect(bearing([45, 41], [2.35, 48.86])).toBeCloseTo(299.4, 1);
		expect(bearing([45, 41], [77.21, 28.61])).toBeCloseTo(105.1, 1);
	});
});

describe('rayToFrame', () => {
	const near = ([x, y]: [number, number]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];

	it('meets the edge the bearing points to', () => {
		expect(near(rayToFrame(frame, [100, 50], 0))).toEqual([100, 0]);
		expect(near(rayToFrame(frame, [100, 50], 90))).toEqual([200, 50]);
		expect(near(rayToFrame(frame, [100, 50], 270))).toEqual([0, 50]);
		expect(near(rayToFrame(frame, [100, 50], 45))).toEqual([150, 0]);
	});
});

describe('placePartners', () => {
	it('puts a partner due west on the left edge and due east on the right edge', () => {
		const [west, east] = placePartners(
			[
				{ actor: 'FRA', anchor: [0, 41] },
				{ actor: 'IND', anchor: [90, 41] }
			],
			centre,
			frame,
			10
		);
		expect(west).toMatchObject({ actor: 'FRA', x: 0, edge: 'left' });
		expect(west!.y).toBeLessThan(50);
		expect(east).toMatchObject({ actor: 'IND', x: 200, edge: 'right' });
	});

	it('separates partners in the same direction', () => {
		const markers = placePartners(
			[
				{ actor: 'EU', anchor: [4.35, 50.85] },
				{ actor: 'BEL', anchor: [4.35, 50.85] },
				{ actor: 'NATO', anchor: [4.42, 50.88] }
			],
			centre,
			frame,
			12
		);
		for (let i = 0; i < markers.length; i++)
			for (let j = i + 1; j < markers.length; j++) {
				const d = Math.hypot(markers[i]!.x - markers[j]!.x, markers[i]!.y - markers[j]!.y);
				expect(d).toBeGreaterThanOrEqual(12 - 0.2);
			}
	});
});

describe('the marker loop', () => {
	const cleared = { ...frame, cornerClearance: 30 };

	it('walks the edges clockwise, top and bottom kept clear of the corners', () => {
		expect(fromPerimeter(cleared, 0)).toEqual({ point: [30, 0], edge: 'top' });
		expect(fromPerimeter(cleared, 140)).toEqual({ point: [170, 0], edge: 'top' });
		expect(fromPerimeter(cleared, 190)).toEqual({ point: [200, 50], edge: 'right' });
		expect(fromPerimeter(cleared, 240 + 140 + 50)).toEqual({ point: [0, 50], edge: 'left' });
	});

	it('maps an edge point to the loop and back, clamping corner points', () => {
		expect(fromPerimeter(cleared, toPerimeter(cleared, [100, 0])).point).toEqual([100, 0]);
		expect(fromPerimeter(cleared, toPerimeter(cleared, [5, 0])).point).toEqual([30, 0]);
		expect(fromPerimeter(cleared, toPerimeter(cleared, [200, 80])).point).toEqual([200, 80]);
	});

	it('keeps every top and bottom marker out of the corners', () => {
		const northWest = Array.from({ length: 8 }, (_, k) => ({
			actor: 'EU' as const,
			anchor: [-20 + k * 3, 60] as [number, number]
		}));
		const markers = placePartners(northWest, centre, cleared, 12);
		for (const m of markers.filter((m) => m.edge === 'top' || m.edge === 'bottom')) {
			expect(m.x).toBeGreaterThanOrEqual(30 - 1e-6);
			expect(m.x).toBeLessThanOrEqual(170 + 1e-6);
		}
	});
});

describe('markerLabel', () => {
	const wide = { x0: 0, y0: 0, x1: 600, y1: 400 };

	it('reads into the map from the side edges', () => {
		expect(markerLabel({ x: 0, edge: 'left' }, wide)).toEqual({
			dx: 10,
			anchor: 'start',
			rotate: 0
		});
		expect(markerLabel({ x: 600, edge: 'right' }, wide)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: 0
		});
	});

	it('slants all top and bottom labels rightwards, so neighbours never cross', () => {
		for (const x of [60, 300, 320, 460])
			expect(markerLabel({ x, edge: 'top' }, wide)).toEqual({
				dx: 10,
				anchor: 'start',
				rotate: 40
			});
		expect(markerLabel({ x: 300, edge: 'bottom' }, wide)).toEqual({
			dx: 10,
			anchor: 'start',
			rotate: -40
		});
	});

	it('slants them leftwards by the right corner, to stay inside the frame', () => {
		expect(markerLabel({ x: 540, edge: 'top' }, wide)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: -40
		});
		expect(markerLabel({ x: 540, edge: 'bottom' }, wide)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: 40
		});
	});
});

import { describe, expect, it } from 'vitest';
import { bearing, markerLabel, placePartners, rayToFrame } from './partners';

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

describe('markerLabel', () => {
	it('reads into the map from the side edges', () => {
		expect(markerLabel({ x: 0, edge: 'left' }, frame)).toEqual({
			dx: 10,
			anchor: 'start',
			rotate: 0
		});
		expect(markerLabel({ x: 200, edge: 'right' }, frame)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: 0
		});
	});

	it('slants away from the nearer corner on the top and bottom edges', () => {
		expect(markerLabel({ x: 20, edge: 'top' }, frame)).toEqual({
			dx: 10,
			anchor: 'start',
			rotate: 40
		});
		expect(markerLabel({ x: 180, edge: 'top' }, frame)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: -40
		});
		expect(markerLabel({ x: 20, edge: 'bottom' }, frame)).toEqual({
			dx: 10,
			anchor: 'start',
			rotate: -40
		});
		expect(markerLabel({ x: 180, edge: 'bottom' }, frame)).toEqual({
			dx: -10,
			anchor: 'end',
			rotate: 40
		});
	});
});

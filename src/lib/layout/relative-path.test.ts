import { ribbon } from 'd3-chord';
import { pathRound } from 'd3-path';
import { describe, expect, it } from 'vitest';
import { pathPoints } from '../../../tests/support/path-points';
import { relativePath, type RelativePath } from './relative-path';

/** Draws with `draw` into a fresh context of `digits` decimals, and gives its path. */
function drawn(digits: number, draw: (context: RelativePath) => void): string {
	const context = relativePath(digits);
	draw(context);
	return context.toString();
}

describe('relativePath', () => {
	it('gives each point from the one before, and a new subpath from the start of the one closed', () => {
		const d = drawn(1, (c) => {
			c.moveTo(10, 20);
			c.lineTo(12.5, 20);
			c.lineTo(12.5, 18.1);
			c.closePath();
			c.moveTo(30, 40);
			c.lineTo(29.9, 41);
			c.closePath();
		});
		expect(d).toBe('M10,20l2.5,0l0,-1.9zm20,20l-0.1,1z');
	});

	it('steps arcs from the point before, keeping their radii and flags', () => {
		const d = drawn(1, (c) => {
			c.moveTo(0, -212);
			c.arc(0, 0, 212, -Math.PI / 2, Math.PI / 2);
			c.arc(0, 0, 196, Math.PI / 2, -Math.PI / 2, true);
			c.closePath();
		});
		expect(d).toBe('M0,-212a212,212,0,1,1,0,424l0,-16a196,196,0,1,0,0,-392z');
	});

	it('draws a whole circle as two half circles', () => {
		expect(drawn(0, (c) => c.arc(0, 0, 10, 0, 2 * Math.PI))).toBe(
			'M10,0a10,10,0,1,1,-20,0a10,10,0,1,1,20,0'
		);
	});

	it('draws the same points as d3-path, to the tenth, for a chord ribbon', () => {
		const datum = {
			source: { startAngle: 0.6, endAngle: 0.62, radius: 195 },
			target: { startAngle: 3.8, endAngle: 3.9, radius: 195 }
		};
		const absolute = pathRound(1);
		const relative = relativePath(1);
		const generator = ribbon<unknown, typeof datum.source>();
		generator.context(absolute as unknown as CanvasRenderingContext2D)(datum);
		generator.context(relative as unknown as CanvasRenderingContext2D)(datum);
		expect(relative.toString()).toMatch(/^M[^A-Z]*a.*Q0,0,.*z$/);
		expect(pathPoints(relative.toString())).toEqual(pathPoints(absolute.toString()));
	});

	it('leaves out a step to the point it is at', () => {
		const d = drawn(0, (c) => {
			c.moveTo(1, 1);
			c.lineTo(1.2, 1);
			c.lineTo(2, 2);
			c.lineTo(2, 2);
			c.closePath();
		});
		expect(d).toBe('M1,1l1,1z');
	});

	it('leaves a line (a mesh of borders) open', () => {
		const d = drawn(0, (c) => {
			c.moveTo(1, 1);
			c.lineTo(2, 3);
			c.moveTo(5, 5);
			c.lineTo(4, 4);
		});
		expect(d).toBe('M1,1l1,2m3,2l-1,-1');
	});
});

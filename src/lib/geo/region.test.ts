import { describe, expect, it } from 'vitest';
import { relativePath } from './region';

/** The absolute points of a path of M, m, L, l, Z and z, as `[command, x, y]`. */
function points(d: string): [string, number, number][] {
	const out: [string, number, number][] = [];
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (const [, command = '', point] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
		if (command === 'Z' || command === 'z') {
			[x, y] = [startX, startY];
			out.push(['Z', x, y]);
			continue;
		}
		const [a, b] = point!.split(',').map(Number) as [number, number];
		const relative = command === 'm' || command === 'l';
		[x, y] = [
			Math.round((relative ? x + a : a) * 10) / 10,
			Math.round((relative ? y + b : b) * 10) / 10
		];
		if (command.toUpperCase() === 'M') [startX, startY] = [x, y];
		out.push([command.toUpperCase(), x, y]);
	}
	return out;
}

describe('relativePath', () => {
	it('gives each point from the one before, and a new subpath from the start of the one closed', () => {
		expect(relativePath('M10,20L12.5,20L12.5,18.1ZM30,40L29.9,41Z')).toBe(
			'M10,20l2.5,0l0,-1.9zm20,20l-0.1,1z'
		);
	});

	it('draws the same points, to the tenth', () => {
		const d =
			'M352.1,266.6L350.2,267.8L348.3,267.2L348.3,264.5ZM315.9,328.7L313.5,325.5L318.4,324.4Z';
		expect(points(relativePath(d))).toEqual(points(d));
	});

	it('leaves out a step to the point it is at', () => {
		expect(relativePath('M1,1L1,1L2,2L2,2Z')).toBe('M1,1l1,1z');
	});

	it('leaves a line (a mesh of borders) open, and anything else as it is', () => {
		expect(relativePath('M1,1L2,3M5,5L4,4')).toBe('M1,1l1,2m3,2l-1,-1');
		expect(relativePath('M0,0A1,1,0,0,1,2,2Z')).toBe('M0,0A1,1,0,0,1,2,2Z');
		expect(relativePath('')).toBe('');
	});
});

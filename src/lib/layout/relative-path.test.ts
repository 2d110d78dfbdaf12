import { describe, expect, it } from 'vitest';
import { pathPoints as points } from '../../../tests/support/path-points';
import { relativePath } from './relative-path';

describe('relativePath', () => {
	const outline =
		'M352.1,266.6L350.2,267.8L348.3,267.2L348.3,264.5ZM315.9,328.7L313.5,325.5L318.4,324.4Z';
	const ribbon =
		'M113.3,-158.7A195,195,0,0,1,113.9,-158.3Q0,0,-69.8,-171.3L-73.2,-180.7L-69.2,-171.6Q0,0,113.3,-158.7Z';

	it('gives each point from the one before, and a new subpath from the start of the one closed', () => {
		expect(relativePath('M10,20L12.5,20L12.5,18.1ZM30,40L29.9,41Z')).toBe(
			'M10,20l2.5,0l0,-1.9zm20,20l-0.1,1z'
		);
	});

	it('steps arcs from the point before, keeping their radii and flags, and leaves curves absolute', () => {
		expect(relativePath(ribbon)).toBe(
			'M113.3,-158.7a195,195,0,0,1,0.6,0.4Q0,0,-69.8,-171.3l-3.4,-9.4l4,9.1Q0,0,113.3,-158.7z'
		);
		expect(relativePath('M0,-212A212,212,0,1,1,0,212L0,196A196,196,0,1,0,0,-196Z')).toBe(
			'M0,-212a212,212,0,1,1,0,424l0,-16a196,196,0,1,0,0,-392z'
		);
	});

	it('draws the same points, to the tenth', () => {
		expect(points(relativePath(outline))).toEqual(points(outline));
		expect(points(relativePath(ribbon))).toEqual(points(ribbon));
	});

	it('leaves out a step to the point it is at', () => {
		expect(relativePath('M1,1L1,1L2,2L2,2Z')).toBe('M1,1l1,1z');
	});

	it('leaves a line (a mesh of borders) open, and anything else as it is', () => {
		expect(relativePath('M1,1L2,3M5,5L4,4')).toBe('M1,1l1,2m3,2l-1,-1');
		expect(relativePath('M0,0C1,1,2,2,3,3Z')).toBe('M0,0C1,1,2,2,3,3Z');
		expect(relativePath('')).toBe('');
	});
});

import { describe, expect, it } from 'vitest';
import { linkCore } from '../data/details';
import { fixtureLink } from '../../../tests/support/fixtures';
import { pathPoints } from '../../../tests/support/path-points';
import { annularSector, layoutChord, splitSpan } from './layout';
import { buildPairMatrix } from './matrix';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('splitSpan', () => {
	it('splits proportionally from the start', () => {
		expect(splitSpan({ startAngle: 0, endAngle: 3 }, [1, 2], false)).toEqual([
			{ startAngle: 0, endAngle: 1 },
			{ startAngle: 1, endAngle: 3 }
		]);
	});

	it('splits from the end for a ribbon’s far side', () => {
		expect(splitSpan({ startAngle: 0, endAngle: 3 }, [1, 2], true)).toEqual([
			{ startAngle: 2, endAngle: 3 },
			{ startAngle: 0, endAngle: 2 }
		]);
	});
});

describe('layoutChord', () => {
	const geometry = { innerRadius: 100, outerRadius: 110, padAngle: 0, labelSize: 12 };
	const matrix = buildPairMatrix(
		[
			fixtureLink({ id: 'a', type: 'arms', from: 'RUS', to: 'ARM' }),
			fixtureLink({ id: 'b', type: 'treaty', from: 'ARM', to: 'RUS' }),
			fixtureLink({ id: 'c', type: 'treaty', from: 'ARM', to: 'GEO' })
		].map(linkCore),
		['ARM', 'GEO', 'RUS']
	);
	const layout = layoutChord(matrix, geometry);

	it('sizes each arc by the links its actor takes part in', () => {
		expect(layout.groups.map((g) => [g.actor, g.pairs])).toEqual([
			['ARM', 3],
			['GEO', 1],
			['RUS', 2]
		]);
		const arcs = layout.groups.map((g) => g.endAngle - g.startAngle);
		expect(close(arcs[0]!, Math.PI)).toBe(true);
		expect(close(arcs[1]!, Math.PI / 3)).toBe(true);
	});

	it('draws one ribbon per pair and type, arrow-headed where directed', () => {
		expect(layout.ribbons.map((r) => `${r.key}:${r.value}:${r.directed}`).sort()).toEqual([
			'ARM-GEO-treaty:1:false',
			'ARM-RUS-treaty:1:false',
			'RUS-ARM-arms:1:true'
		]);
		for (const r of layout.ribbons) expect(r.d).toMatch(/^M[-\d.]+,[-\d.]+/);
	});

	it('rounds path coordinates to one decimal', () => {
		const numbers = layout.ribbons.flatMap((r) => r.d.match(/-?\d+\.\d+/g) ?? []);
		expect(numbers.every((n) => n.split('.')[1]!.length === 1)).toBe(true);
	});

	it('is empty when nothing passes the filter', () => {
		expect(layoutChord(buildPairMatrix([], ['ARM']), geometry)).toEqual({
			groups: [],
			ribbons: [],
			outerRadius: 110,
			labelSize: geometry.labelSize,
			typesMerged: false
		});
	});

	it('shrinks the labels when more of them must fit around the ring', () => {
		const actors = Array.from({ length: 80 }, (_, i) => `A${i}`);
		const links = actors
			.slice(1)
			.map((id, i) =>
				linkCore(
					fixtureLink({ id: `l${i}`, type: 'treaty', from: 'A0', to: id, systems: undefined })
				)
			);
		const layout = layoutChord(buildPairMatrix(links, actors), geometry);
		// 80 labels of 1.15 font heights each around 95% of a ring of radius 116.
		expect(layout.labelSize).toBeCloseTo((0.95 * 2 * Math.PI * 116) / (80 * 1.15), 6);
		expect(layoutChord(buildPairMatrix(links.slice(0, 3), actors), geometry).labelSize).toBe(
			geometry.labelSize
		);
		expect(layout.groups.every((g) => g.label !== null)).toBe(true);
	});

	it('names only the actors with the most pairs when labels may not shrink further', () => {
		const actors = Array.from({ length: 80 }, (_, i) => `A${i}`);
		// A0 is tied to every other actor, A1 to the first ten: they have the most pairs.
		const links = [
			...actors.slice(1).map((id, i) => ({ id: `l${i}`, from: 'A0', to: id })),
			...actors.slice(2, 12).map((id, i) => ({ id: `m${i}`, from: 'A1', to: id }))
		].map((l) => linkCore(fixtureLink({ ...l, type: 'treaty', systems: undefined })));
		const layout = layoutChord(buildPairMatrix(links, actors), { ...geometry, minLabelSize: 8 });
		const fit = Math.floor((0.95 * 2 * Math.PI * 116) / (1.15 * 8));
		expect(layout.labelSize).toBe(8);
		expect(layout.groups.filter((g) => g.label !== null)).toHaveLength(fit);
		expect(layout.groups.find((g) => g.actor === 'A0')!.label).not.toBeNull();
		expect(layout.groups.find((g) => g.actor === 'A1')!.label).not.toBeNull();
		expect(layout.groups).toHaveLength(80);
	});
});

describe('annularSector', () => {
	/** The path's end points, whatever commands join them. */
	const points = (d: string) =>
		pathPoints(d)
			.filter(([command]) => command !== 'Z')
			.map(([, x, y]) => [x, y]);

	it('runs clockwise from 12 o’clock on the outer radius and back on the inner one', () => {
		const d = annularSector(90, 100, { startAngle: 0, endAngle: Math.PI / 2 });
		expect(d.startsWith('M0,-100')).toBe(true);
		expect(points(d)).toEqual([
			[0, -100],
			[100, 0],
			[90, 0],
			[0, -90]
		]);
		expect(d).toMatch(/z$/i);
	});

	it('draws a whole ring for a lone actor', () => {
		const d = annularSector(90, 100, { startAngle: 0, endAngle: 2 * Math.PI });
		// Two half-circles each way: through the bottom and back to the top.
		expect(points(d)).toEqual(
			expect.arrayContaining([
				[0, 100],
				[0, -100],
				[0, 90],
				[0, -90]
			])
		);
		expect(d.match(/a/gi)).toHaveLength(4);
	});
});

describe('layoutChord with types merged', () => {
	const matrix = buildPairMatrix(
		[
			fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
			fixtureLink({ type: 'arms', from: 'RUS', to: 'ARM' }),
			fixtureLink({ type: 'aid', from: 'RUS', to: 'ARM' })
		].map(linkCore),
		['ARM', 'RUS']
	);
	const geometry = { innerRadius: 100, outerRadius: 110, padAngle: 0, labelSize: 12 };

	it('draws one ribbon per pair in its most frequent type, and says so', () => {
		const merged = layoutChord(matrix, geometry, true);
		expect(merged.ribbons.map((r) => [r.type, r.value])).toEqual([['arms', 3]]);
		expect(merged.typesMerged).toBe(true);
		expect(layoutChord(matrix, geometry).ribbons).toHaveLength(2);
	});
});

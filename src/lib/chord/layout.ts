import { chordDirected, ribbon, ribbonArrow, type ChordSubgroup } from 'd3-chord';
import { pathRound } from 'd3-path';
import type { PairCount } from '../data/count';
import type { ActorId, LinkTypeId } from '../data/types';
import { relativePath } from '../layout/relative-path';
import { spreadOnLoop } from '../layout/spread';
import { radialLabel, type RadialLabel } from './labels';
import { cellTypes, type PairMatrix } from './matrix';

export interface ChordGroupItem {
	actor: ActorId;
	/** The pairs the arc is sized by: not the actor's links (see `linksPerActor`). */
	pairs: PairCount;
	startAngle: number;
	endAngle: number;
	/** The arc's SVG path. */
	d: string;
	/** Where its name is drawn; null when the ring has no room for it at a legible size. */
	label: RadialLabel | null;
}

export interface RibbonItem {
	key: string;
	source: ActorId;
	target: ActorId;
	type: LinkTypeId;
	directed: boolean;
	value: number;
	d: string;
}

export interface ChordLayout {
	groups: ChordGroupItem[];
	ribbons: RibbonItem[];
	outerRadius: number;
	/** The labels' font size: the one asked for, or smaller when more labels must fit the ring. */
	labelSize: number;
	/** True when each pair is one ribbon in its most frequent type (see `MAX_TYPE_RIBBONS`). */
	typesMerged: boolean;
}

export interface ChordGeometry {
	innerRadius: number;
	outerRadius: number;
	/** Angle between groups, radians. */
	padAngle: number;
	/** Label font size, at most: sets how far apart labels must be. */
	labelSize: number;
	/**
	 * Label font size, at least: past as many actors as fit the ring at this size, only the
	 * actors with the most pairs are named (a compact panel, where smaller would be illegible).
	 */
	minLabelSize?: number;
}

/** The dashboard's chord in its own units; the SVG scales to its panel. */
export const CHORD_GEOMETRY: ChordGeometry = {
	innerRadius: 196,
	outerRadius: 212,
	padAngle: 0.012,
	labelSize: 13
};
/** Below this panel width (px) the chord's labels are abridged and enlarged so they stay legible. */
export const COMPACT_CHORD_BELOW = 520;
/** The labels' size in a compact panel, in the chord's units, and the least it may shrink to. */
const COMPACT_LABEL_SIZE = 21;
const COMPACT_MIN_LABEL_SIZE = 19.5;

/** The dashboard's chord geometry, in a compact panel or not. */
export function chordGeometry(compact: boolean): ChordGeometry {
	return compact
		? { ...CHORD_GEOMETRY, labelSize: COMPACT_LABEL_SIZE, minLabelSize: COMPACT_MIN_LABEL_SIZE }
		: CHORD_GEOMETRY;
}

type Span = { startAngle: number; endAngle: number };

/** Distance between neighbouring labels' anchors along the ring, in font heights. */
const LABEL_SPACING = 1.15;

/**
 * Splits a span into consecutive pieces proportional to `values`; `reverse` lays them from the
 * end, as a ribbon's far end must be to keep its strands from crossing.
 */
export function splitSpan(
	{ startAngle, endAngle }: Span,
	values: number[],
	reverse: boolean
): Span[] {
	const total = values.reduce((s, v) => s + v, 0);
	const width = endAngle - startAngle;
	let at = 0;
	return values.map((v) => {
		const a = startAngle + (width * at) / total;
		at += v;
		const b = startAngle + (width * at) / total;
		return reverse
			? { startAngle: startAngle + endAngle - b, endAngle: startAngle + endAngle - a }
			: { startAngle: a, endAngle: b };
	});
}

/**
 * Draws into a d3-path context that rounds to one decimal (ribbons have no `digits` option),
 * then steps arcs and lines from the point before. The d3-chord types only admit a canvas
 * context, though any path-like context works.
 */
function roundedPath(draw: (context: CanvasRenderingContext2D) => void): string {
	const context = pathRound(1);
	draw(context as unknown as CanvasRenderingContext2D);
	return relativePath(context.toString());
}

/**
 * An actor's arc: the ring between two radii from `startAngle` to `endAngle` (radians clockwise
 * from 12 o'clock, as d3-chord gives them). d3-shape's `arc` would do it, but it cannot be
 * tree-shaken from its bundle and would bring 5 KB gzipped of curves into the first view.
 */
export function annularSector(
	innerRadius: number,
	outerRadius: number,
	{ startAngle, endAngle }: Span
): string {
	const [a0, a1] = [startAngle - Math.PI / 2, endAngle - Math.PI / 2];
	const context = pathRound(1);
	context.moveTo(outerRadius * Math.cos(a0), outerRadius * Math.sin(a0));
	context.arc(0, 0, outerRadius, a0, a1);
	context.arc(0, 0, innerRadius, a1, a0, true);
	context.closePath();
	return relativePath(context.toString());
}

/**
 * Lays out the pair matrix as a chord diagram: one arc per actor, one ribbon per pair and type,
 * or per pair alone when `typesMerged`.
 */
export function layoutChord(
	matrix: PairMatrix,
	geometry: ChordGeometry,
	typesMerged = false
): ChordLayout {
	const { innerRadius, outerRadius, padAngle } = geometry;
	const n = matrix.actors.length;
	const labelRadius = outerRadius + 6;
	// Each label needs its height and a little more along the ring; past that many labels, smaller,
	// with a little room to spare so that spreading them never has to close the loop exactly.
	const ring = (0.95 * 2 * Math.PI * labelRadius) / LABEL_SPACING;
	const labelSize = Math.max(Math.min(geometry.labelSize, ring / n), geometry.minLabelSize ?? 0);
	if (n === 0) return { groups: [], ribbons: [], outerRadius, labelSize, typesMerged };

	const chords = chordDirected()
		.padAngle(n > 1 ? padAngle : 0)
		.sortSubgroups((a, b) => b - a)(matrix.total);

	// The actors named: all that fit the ring at this size, those with the most pairs first.
	const named = new Set(
		chords.groups
			.map((g, k) => ({ k, value: g.value }))
			.sort((a, b) => b.value - a.value || a.k - b.k)
			.slice(0, Math.floor(ring / labelSize + 1e-9))
			.map((g) => g.k)
	);
	const namedGroups = chords.groups.filter((_, k) => named.has(k));
	const mids = namedGroups.map((g) => (g.startAngle + g.endAngle) / 2);
	const spread = spreadOnLoop(mids, (labelSize * LABEL_SPACING) / labelRadius, 2 * Math.PI);
	const labelAngles = new Map(namedGroups.map((g, i) => [g.index, spread[i]!]));
	const groups: ChordGroupItem[] = chords.groups.map((g, k) => ({
		actor: matrix.actors[g.index]!,
		pairs: g.value as PairCount,
		startAngle: g.startAngle,
		endAngle: g.endAngle,
		d: annularSector(innerRadius, outerRadius, g),
		label: named.has(k) ? radialLabel(labelAngles.get(g.index)!, labelRadius) : null
	}));

	const plain = ribbon<unknown, { source: Span; target: Span }, Span>().radius(innerRadius - 1);
	const arrow = ribbonArrow<unknown, { source: Span; target: Span }, Span>()
		.radius(innerRadius - 1)
		.headRadius(Math.min(10, innerRadius / 12));

	const ribbons: RibbonItem[] = [];
	for (const c of chords) {
		const i = c.source.index;
		const j = c.target.index;
		const drawn = cellTypes(matrix, i, j, typesMerged);
		const values = drawn.map((t) => t.value);
		const sources = splitSpan(c.source as ChordSubgroup, values, false);
		const targets = splitSpan(c.target as ChordSubgroup, values, true);
		drawn.forEach(({ type }, k) => {
			const generator = type.directed ? arrow : plain;
			const datum = { source: sources[k]!, target: targets[k]! };
			ribbons.push({
				key: `${matrix.actors[i]}-${matrix.actors[j]}-${type.id}`,
				source: matrix.actors[i]!,
				target: matrix.actors[j]!,
				type: type.id,
				directed: type.directed,
				value: values[k]!,
				d: roundedPath((context) => generator.context(context)(datum))
			});
		});
	}
	return { groups, ribbons, outerRadius, labelSize, typesMerged };
}

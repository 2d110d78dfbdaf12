import type { ActorId } from '../data/types';
import { spreadOnLoop } from '../layout/spread';

const RADIANS = Math.PI / 180;

/** Initial great-circle bearing from `from` to `to`, degrees clockwise from north. */
export function bearing([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const φ1 = lat1 * RADIANS;
	const φ2 = lat2 * RADIANS;
	const Δλ = (lon2 - lon1) * RADIANS;
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	return (((Math.atan2(y, x) / RADIANS) % 360) + 360) % 360;
}

/** A rectangle's edge, walked clockwise from its top-left corner. */
export interface Frame {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

function perimeter({ x0, y0, x1, y1 }: Frame): number {
	return 2 * (x1 - x0 + (y1 - y0));
}

/** Distance along the frame's edge, clockwise from the top-left corner, of an edge point. */
export function toPerimeter(frame: Frame, [x, y]: [number, number]): number {
	const { x0, y0, x1, y1 } = frame;
	const w = x1 - x0;
	const h = y1 - y0;
	if (Math.abs(y - y0) < 1e-6) return x - x0;
	if (Math.abs(x - x1) < 1e-6) return w + (y - y0);
	if (Math.abs(y - y1) < 1e-6) return w + h + (x1 - x);
	return 2 * w + h + (y1 - y);
}

export function fromPerimeter(frame: Frame, t: number): [number, number] {
	const { x0, y0, x1, y1 } = frame;
	const w = x1 - x0;
	const h = y1 - y0;
	const p = ((t % perimeter(frame)) + perimeter(frame)) % perimeter(frame);
	if (p <= w) return [x0 + p, y0];
	if (p <= w + h) return [x1, y0 + (p - w)];
	if (p <= 2 * w + h) return [x1 - (p - w - h), y1];
	return [x0, y1 - (p - 2 * w - h)];
}

/** Where a ray from `origin` (inside the frame) at `bearingDegrees` (0 = up) meets the frame. */
export function rayToFrame(
	frame: Frame,
	origin: [number, number],
	bearingDegrees: number
): [number, number] {
	const dx = Math.sin(bearingDegrees * RADIANS);
	const dy = -Math.cos(bearingDegrees * RADIANS);
	const [ox, oy] = origin;
	const limits = [
		dx > 1e-9 ? (frame.x1 - ox) / dx : Infinity,
		dx < -1e-9 ? (frame.x0 - ox) / dx : Infinity,
		dy > 1e-9 ? (frame.y1 - oy) / dy : Infinity,
		dy < -1e-9 ? (frame.y0 - oy) / dy : Infinity
	];
	const s = Math.min(...limits);
	const x = Math.min(frame.x1, Math.max(frame.x0, ox + dx * s));
	const y = Math.min(frame.y1, Math.max(frame.y0, oy + dy * s));
	return [x, y];
}

export type Edge = 'top' | 'right' | 'bottom' | 'left';

export interface PartnerMarker {
	actor: ActorId;
	bearing: number;
	x: number;
	y: number;
	/** The frame edge the marker sits on. */
	edge: Edge;
	label: MarkerLabel;
}

function edgeAt({ x0, y0, x1, y1 }: Frame, [x, y]: [number, number]): Edge {
	const distances: [Edge, number][] = [
		['top', y - y0],
		['right', x1 - x],
		['bottom', y1 - y],
		['left', x - x0]
	];
	return distances.reduce((best, d) => (d[1] < best[1] ? d : best))[0];
}

export interface MarkerLabel {
	/** Offset along the label's own direction, px. */
	dx: number;
	anchor: 'start' | 'end';
	/** Degrees; 0 reads horizontally. */
	rotate: number;
}

/** How far labels on the top and bottom edges turn, so neighbours a marker-gap apart clear each other. */
const EDGE_LABEL_TURN = 40;

/**
 * Where a marker's label goes: into the map from its edge. On the top and bottom edges a label
 * slants away from the nearer corner, so it never runs into the side columns or off the frame.
 */
export function markerLabel(marker: Pick<PartnerMarker, 'x' | 'edge'>, frame: Frame): MarkerLabel {
	const leftHalf = marker.x <= (frame.x0 + frame.x1) / 2;
	switch (marker.edge) {
		case 'left':
			return { dx: 10, anchor: 'start', rotate: 0 };
		case 'right':
			return { dx: -10, anchor: 'end', rotate: 0 };
		case 'top':
			return leftHalf
				? { dx: 10, anchor: 'start', rotate: EDGE_LABEL_TURN }
				: { dx: -10, anchor: 'end', rotate: -EDGE_LABEL_TURN };
		case 'bottom':
			return leftHalf
				? { dx: 10, anchor: 'start', rotate: -EDGE_LABEL_TURN }
				: { dx: -10, anchor: 'end', rotate: EDGE_LABEL_TURN };
	}
}

/**
 * Places partners that are off the map as markers on `frame`, each in its true compass direction
 * from the region's centre, nudged along the edge just enough that no two overlap.
 */
export function placePartners(
	partners: readonly { actor: ActorId; anchor: [number, number] }[],
	centre: { lonLat: [number, number]; xy: [number, number] },
	frame: Frame,
	minGap: number
): PartnerMarker[] {
	const bearings = partners.map((p) => bearing(centre.lonLat, p.anchor));
	const ideal = bearings.map((b) => toPerimeter(frame, rayToFrame(frame, centre.xy, b)));
	const spread = spreadOnLoop(ideal, minGap, perimeter(frame));
	return partners.map((p, k) => {
		const [x, y] = fromPerimeter(frame, spread[k]!);
		const edge = edgeAt(frame, [x, y]);
		return {
			actor: p.actor,
			bearing: Math.round(bearings[k]! * 10) / 10,
			x: Math.round(x * 10) / 10,
			y: Math.round(y * 10) / 10,
			edge,
			label: markerLabel({ x, edge }, frame)
		};
	});
}

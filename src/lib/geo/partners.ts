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
	/**
	 * How far markers on the top and bottom edges keep from the corners, so their slanted labels
	 * never reach the labels of the side columns. Default 0.
	 */
	cornerClearance?: number;
}

type Segment = { edge: Edge; from: [number, number]; to: [number, number] };

/** The loop markers sit on: the four edges, clockwise, top and bottom kept clear of the corners. */
function segments({ x0, y0, x1, y1, cornerClearance: c = 0 }: Frame): Segment[] {
	return [
		{ edge: 'top', from: [x0 + c, y0], to: [x1 - c, y0] },
		{ edge: 'right', from: [x1, y0], to: [x1, y1] },
		{ edge: 'bottom', from: [x1 - c, y1], to: [x0 + c, y1] },
		{ edge: 'left', from: [x0, y1], to: [x0, y0] }
	];
}

const segmentLength = ({ from, to }: Segment) => Math.hypot(to[0] - from[0], to[1] - from[1]);

function loopLength(frame: Frame): number {
	return segments(frame).reduce((sum, seg) => sum + segmentLength(seg), 0);
}

/** Distance along the loop of the point nearest to an edge point (clamped out of the corners). */
export function toPerimeter(frame: Frame, point: [number, number]): number {
	const edge = edgeAt(frame, point);
	let offset = 0;
	for (const seg of segments(frame)) {
		const length = segmentLength(seg);
		if (seg.edge === edge) {
			const along =
				seg.edge === 'top' || seg.edge === 'bottom'
					? (point[0] - seg.from[0]) * Math.sign(seg.to[0] - seg.from[0])
					: (point[1] - seg.from[1]) * Math.sign(seg.to[1] - seg.from[1]);
			return offset + Math.min(length, Math.max(0, along));
		}
		offset += length;
	}
	return offset;
}

/** The point at distance `t` along the loop, and the edge it lies on. */
export function fromPerimeter(frame: Frame, t: number): { point: [number, number]; edge: Edge } {
	const total = loopLength(frame);
	let p = ((t % total) + total) % total;
	const all = segments(frame);
	for (const seg of all) {
		const length = segmentLength(seg);
		if (p <= length || seg === all[all.length - 1]) {
			const k = length === 0 ? 0 : Math.min(1, p / length);
			const point: [number, number] = [
				seg.from[0] + (seg.to[0] - seg.from[0]) * k,
				seg.from[1] + (seg.to[1] - seg.from[1]) * k
			];
			return { point, edge: seg.edge };
		}
		p -= length;
	}
	throw new Error('unreachable: the loop has four segments');
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
/** Width of the zone by the right corner where top and bottom labels turn back inward, px. */
const RIGHT_CORNER_ZONE = 130;

/**
 * Where a marker's label goes: into the map from its edge. Labels on the top and bottom edges
 * slant rightwards, all alike so neighbours never cross, except near the right corner, where
 * they slant leftwards to stay inside the frame.
 */
export function markerLabel(marker: Pick<PartnerMarker, 'x' | 'edge'>, frame: Frame): MarkerLabel {
	const nearRightCorner = marker.x > frame.x1 - RIGHT_CORNER_ZONE;
	switch (marker.edge) {
		case 'left':
			return { dx: 10, anchor: 'start', rotate: 0 };
		case 'right':
			return { dx: -10, anchor: 'end', rotate: 0 };
		case 'top':
			return nearRightCorner
				? { dx: -10, anchor: 'end', rotate: -EDGE_LABEL_TURN }
				: { dx: 10, anchor: 'start', rotate: EDGE_LABEL_TURN };
		case 'bottom':
			return nearRightCorner
				? { dx: -10, anchor: 'end', rotate: EDGE_LABEL_TURN }
				: { dx: 10, anchor: 'start', rotate: -EDGE_LABEL_TURN };
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
	const spread = spreadOnLoop(ideal, minGap, loopLength(frame));
	return partners.map((p, k) => {
		const {
			point: [x, y],
			edge
		} = fromPerimeter(frame, spread[k]!);
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

import type { Actor, ActorId } from '../data/types';
import { REGION_CENTRE, VIEW_EXTENT } from './extent';
import { placePartners, type PartnerMarker } from './partners';
import { fitProjection } from './projection';
import { regionPaths, type MapShape, type RegionTopology } from './region';

/** Points on the map by actor. */
export type Positions = Partial<Record<ActorId, [number, number]>>;

export interface MapLayout {
	width: number;
	height: number;
	shapes: MapShape[];
	borders: string;
	markers: PartnerMarker[];
	/**
	 * Where each actor's links attach: a shape's centroid or a marker. A plain object, so that the
	 * layout reaches the page as JSON (see server/dashboard-data.ts).
	 */
	positions: Positions;
}

/** Distance of the marker band from the map's edge, px. */
const MARKER_INSET = 16;
/** Least distance between two markers along the edge, px. */
const MARKER_GAP = 30;
/** Top and bottom markers keep this far from the corners, so their slanted labels clear the side columns. */
const MARKER_CORNER_CLEARANCE = 64;

/**
 * Everything on the map that does not depend on the filters: computed once per page. Partners
 * without a shape get a marker if they have any link in the dataset, so markers never jump about
 * when filters change.
 */
export function layoutMap(
	topology: RegionTopology,
	actors: readonly Actor[],
	actorsWithLinks: ReadonlySet<ActorId>,
	width: number
): MapLayout {
	const { projection, height } = fitProjection(VIEW_EXTENT, width);
	const byNumeric = new Map(actors.filter((a) => a.isoNumeric).map((a) => [a.isoNumeric!, a.id]));
	const { shapes, borders } = regionPaths(topology, projection, (n) => byNumeric.get(n) ?? null);

	const positions: Positions = {};
	for (const shape of shapes) if (shape.actor) positions[shape.actor] = shape.centroid;

	const offMap = actors.filter((a) => actorsWithLinks.has(a.id) && !positions[a.id]);
	const centreXY = projection(REGION_CENTRE) ?? [width / 2, height / 2];
	const markers = placePartners(
		offMap.map((a) => ({ actor: a.id, anchor: a.anchor })),
		{ lonLat: REGION_CENTRE, xy: centreXY },
		{
			x0: MARKER_INSET,
			y0: MARKER_INSET,
			x1: width - MARKER_INSET,
			y1: height - MARKER_INSET,
			cornerClearance: MARKER_CORNER_CLEARANCE
		},
		MARKER_GAP
	);
	for (const m of markers) positions[m.actor] = [m.x, m.y];
	return { width, height, shapes, borders, markers, positions };
}

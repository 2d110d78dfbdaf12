import { geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ActorId } from '../data/types';

export type RegionTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface MapShape {
	/** world-atlas id (ISO 3166-1 numeric). */
	numericId: string;
	name: string;
	/** The actor this shape stands for, when it is one. */
	actor: ActorId | null;
	d: string;
	/** Where links and labels attach, in SVG coordinates. */
	centroid: [number, number];
}

export interface RegionPaths {
	shapes: MapShape[];
	/** Land borders between countries, drawn once each. */
	borders: string;
}

/**
 * The path `d` with each point after the first given from the one before (`l`, and `m` from the
 * start of the subpath just closed): small numbers, which make the prerendered map's paths about
 * a seventh lighter gzipped. The first point stays absolute, so that paths can still be joined.
 * A step to where the pen already is is left out. A path with commands other than d3-geo's M, L
 * and Z (and at most one decimal) comes back unchanged.
 */
export function relativePath(d: string): string {
	if (!/^M[\d.,MLZ-]*$/.test(d)) return d;
	let out = '';
	// The current point and the subpath's start, in tenths: the differences are exact.
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (const [, command, point] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
		if (command === 'Z') {
			out += 'z';
			[x, y] = [startX, startY];
			continue;
		}
		const [px, py] = point!.split(',').map((v) => Math.round(Number(v) * 10)) as [number, number];
		// A step to the same point (two points that rounding joined) draws nothing.
		if (command === 'L' && px === x && py === y) continue;
		out +=
			out === '' ? `M${point}` : `${command === 'M' ? 'm' : 'l'}${(px - x) / 10},${(py - y) / 10}`;
		[x, y] = [px, py];
		if (command === 'M') [startX, startY] = [px, py];
	}
	return out;
}

/** Projects the region's countries into SVG paths; `actorOf` maps world-atlas ids to actors. */
export function regionPaths(
	topology: RegionTopology,
	projection: GeoProjection,
	actorOf: (numericId: string) => ActorId | null
): RegionPaths {
	// Whole units: a unit is under a pixel at the sizes the map is drawn, and the finer tenth made
	// the map's paths a third of the prerendered dashboard's weight.
	const path = geoPath(projection).digits(0);
	const countries = feature(topology, topology.objects.countries);
	const shapes = countries.features.flatMap((country) => {
		const numericId = String(country.id);
		const geometry = country.geometry as Polygon | MultiPolygon;
		const d = relativePath(path(geometry) ?? '');
		// A country cut away by the frame draws nothing: leave it out of the page.
		if (d === '') return [];
		const [x, y] = path.centroid(geometry);
		return [
			{
				numericId,
				name: country.properties.name,
				actor: actorOf(numericId),
				d,
				centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as [number, number]
			}
		];
	});
	const borders = relativePath(
		path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? ''
	);
	return { shapes, borders };
}

import { geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ActorId } from '../data/types';
import { relativePath } from '../layout/relative-path';

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

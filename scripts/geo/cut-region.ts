import { geoArea, geoIdentity } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLatExtent } from '../../src/lib/geo/extent';

export interface CutOptions {
	/** Planar triangle area (square degrees) below which a point is simplified away. */
	minWeight: number;
	/** Quantization of the output topology. */
	quantization: number;
}

type CountryProperties = { name: string };
type Country = Feature<Polygon | MultiPolygon, CountryProperties>;

/** Grows an extent by `margin` degrees on every side. */
export function padExtent([[w, s], [e, n]]: LonLatExtent, margin: number): LonLatExtent {
	return [
		[w - margin, s - margin],
		[e + margin, n + margin]
	];
}

function reversed(rings: Position[][]): Position[][] {
	return rings.map((ring) => [...ring].reverse());
}

/**
 * Planar clipping can hand back a ring wound the wrong way for d3's spherical maths, which then
 * reads the polygon as "everything but this country" and paints the whole globe. A polygon
 * larger than a hemisphere is such a ring: reverse it.
 */
export function rewindPolygons(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const fix = (rings: Position[][]) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? reversed(rings) : rings;
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

function isAreal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
	return (
		geometry !== null &&
		(geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
		geometry.coordinates.length > 0
	);
}

/**
 * Cuts the countries of a world-atlas topology to a longitude/latitude rectangle, simplifies and
 * quantizes them. Countries with nothing inside the rectangle are left out; ids and names are kept.
 */
export function cutRegion(
	world: Topology<{ countries: GeometryCollection<CountryProperties> }>,
	extent: LonLatExtent,
	{ minWeight, quantization }: CutOptions
): Topology<{ countries: GeometryCollection<CountryProperties> }> {
	const all = feature(world, world.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		CountryProperties
	>;
	const clip = geoIdentity().clipExtent(extent);
	const countries: Country[] = [];
	for (const country of all.features) {
		const cut = geoProject(country, clip) as Feature<Geometry | null, CountryProperties>;
		if (!isAreal(cut.geometry)) continue;
		countries.push({
			type: 'Feature',
			id: country.id,
			properties: { name: country.properties.name },
			geometry: rewindPolygons(cut.geometry)
		});
	}
	countries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
	const collection: FeatureCollection<Polygon | MultiPolygon, CountryProperties> = {
		type: 'FeatureCollection',
		features: countries
	};
	const cut = topology({ countries: collection }) as unknown as Parameters<typeof presimplify>[0];
	const simplified = simplify(presimplify(cut), minWeight);
	return quantize(simplified, quantization) as unknown as Topology<{
		countries: GeometryCollection<CountryProperties>;
	}>;
}

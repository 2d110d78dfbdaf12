declare module 'd3-geo-projection' {
	import type { GeoStreamWrapper } from 'd3-geo';
	import type { GeoJSON } from 'geojson';

	/** Projects (and clips) a GeoJSON object through a projection, returning planar GeoJSON. */
	export function geoProject<T extends GeoJSON>(object: T, projection: GeoStreamWrapper): T;
}

import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { LonLatExtent } from './extent';

/**
 * The extent's outline as points along its edges: enough for the fit to see the whole rectangle,
 * whose edges are parallels and meridians, not great circles.
 */
export function extentOutline([[w, s], [e, n]]: LonLatExtent, steps = 8): MultiPoint {
	const coordinates: [number, number][] = [];
	for (let k = 0; k <= steps; k++) {
		const lon = w + ((e - w) * k) / steps;
		const lat = s + ((n - s) * k) / steps;
		coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
	}
	return { type: 'MultiPoint', coordinates };
}

export interface FittedProjection {
	projection: GeoProjection;
	width: number;
	height: number;
}

/**
 * Mercator keeps the extent's meridians and parallels straight, so the framed rectangle fills the
 * SVG exactly; at these latitudes its area distortion between north and south edges is about 30%.
 */
export function fitProjection(extent: LonLatExtent, width: number): FittedProjection {
	const projection = geoMercator().fitWidth(width, extentOutline(extent));
	const [[, y0], [, y1]] = [projection(extent[0]) ?? [0, 0], projection(extent[1]) ?? [0, 0]];
	const height = Math.round(Math.abs(y0 - y1));
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return { projection, width, height };
}

/** [[west, south], [east, north]] in degrees. */
export type LonLatExtent = [[number, number], [number, number]];

/** What the map shows: the South Caucasus framed by the Black Sea, the Caspian, Russia, Turkey and Iran. */
export const VIEW_EXTENT: LonLatExtent = [
	[38.4, 37.4],
	[51.4, 44.6]
];

/** The centre of the region, from which off-map partners take their compass direction. */
export const REGION_CENTRE: [number, number] = [45, 41];

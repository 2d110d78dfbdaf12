/**
 * The page's light colours, and the drawings' look written out with them: what an SVG needs to
 * look as it does on the page once it leaves it (a link preview rasterised at build time has no
 * page style sheet). The palette is app.css's light theme; a unit test keeps the two equal.
 */
export const LIGHT = {
	surface: '#ffffff',
	page: '#f6f5f2',
	text: '#1d232a',
	textMuted: '#56606b',
	sea: '#dce9f0',
	land: '#f1ede4',
	landMuted: '#e4e1da',
	landActive: '#f2c14e',
	border: '#9aa3ab',
	marker: '#4f5b66',
	arc: '#6b7782',
	trend: '#4f6d8a',
	thin: '#ece9e2',
	conflict: '#b04a3a'
} as const;

const p = LIGHT;

/** The rules of the map, the chord and the trend charts that their markup's classes need. */
export const DRAWING_CSS = `
.sea { fill: ${p.sea}; }
.land { fill: ${p.landMuted}; }
.land.actor { fill: ${p.land}; }
.land.actor.absent { fill: ${p.landMuted}; }
.borders { fill: none; stroke: ${p.border}; stroke-width: 0.8; stroke-linejoin: round; }
.labels text { text-anchor: middle; dominant-baseline: middle; fill: ${p.text}; font-weight: 600; paint-order: stroke; stroke: ${p.land}; stroke-width: 3px; }
.marker circle { fill: ${p.marker}; stroke: ${p.surface}; stroke-width: 1.5; }
.marker circle.hit { fill: none; stroke: none; }
.marker.absent circle { fill: ${p.landMuted}; }
.marker text { fill: ${p.text}; paint-order: stroke; stroke: ${p.sea}; stroke-width: 3px; }
.ribbons path { fill-opacity: 0.72; }
.group path { fill: ${p.arc}; stroke: ${p.surface}; }
.group text { fill: ${p.text}; }
.thin { fill: ${p.thin}; }
.row-name { fill: ${p.text}; font-weight: 600; }
.peak { fill: ${p.textMuted}; font-weight: 400; }
.area { fill: ${p.trend}; }
.conflict { fill: ${p.conflict}; }
.baseline { stroke: ${p.border}; stroke-width: 1; }
.grid { stroke: ${p.border}; stroke-width: 0.5; stroke-dasharray: 2 3; }
.grid-label, .tick { fill: ${p.textMuted}; font-size: 9.35px; }
.grid-label { text-anchor: end; }
.tick { text-anchor: middle; }
a rect { fill: none; }
`;

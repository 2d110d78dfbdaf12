const TAU = 2 * Math.PI;
// `+ 0` turns a rounded -0 into 0.
const round = (v: number) => Math.round(v * 10) / 10 + 0;

export interface RadialLabel {
	x: number;
	y: number;
	/** Degrees; the label reads outward on the right half and is turned upright on the left. */
	rotate: number;
	anchor: 'start' | 'end';
}

/** Places a label at `angle` (0 at 12 o'clock, clockwise) just outside `radius`. */
export function radialLabel(angle: number, radius: number): RadialLabel {
	const a = ((angle % TAU) + TAU) % TAU;
	// A tenth of a unit and of a degree is finer than a pixel at any size the chord is drawn.
	const x = round(radius * Math.sin(a));
	const y = round(-radius * Math.cos(a));
	const degrees = round((a * 180) / Math.PI);
	return a < Math.PI
		? { x, y, rotate: round(degrees - 90), anchor: 'start' }
		: { x, y, rotate: round(degrees - 270), anchor: 'end' };
}

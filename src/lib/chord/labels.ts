const TAU = 2 * Math.PI;
// `+ 0` turns a rounded -0 into 0.
const round = (v: number) => Math.round(v * 10) / 10 + 0;

/**
 * A label on the ring, drawn with `transform="rotate(rotate) translate(offset)"`: a turn about the
 * centre and a step along the turned axis. Every label of a ring has the same step, so the
 * prerendered page carries one number per label instead of three.
 */
export interface RadialLabel {
	/** Degrees; the label reads outward on the right half and is turned upright on the left. */
	rotate: number;
	/** Distance from the centre along the label's own axis: negative on the left half. */
	offset: number;
	anchor: 'start' | 'end';
}

/** Places a label at `angle` (0 at 12 o'clock, clockwise) just outside `radius`. */
export function radialLabel(angle: number, radius: number): RadialLabel {
	const a = ((angle % TAU) + TAU) % TAU;
	// A tenth of a unit and of a degree is finer than a pixel at any size the chord is drawn.
	const degrees = round((a * 180) / Math.PI);
	return a < Math.PI
		? { rotate: round(degrees - 90), offset: round(radius), anchor: 'start' }
		: { rotate: round(degrees - 270), offset: -round(radius), anchor: 'end' };
}

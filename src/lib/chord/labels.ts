const TAU = 2 * Math.PI;

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
	const x = radius * Math.sin(a);
	const y = -radius * Math.cos(a);
	const degrees = (a * 180) / Math.PI;
	return a < Math.PI
		? { x, y, rotate: degrees - 90, anchor: 'start' }
		: { x, y, rotate: degrees + 90, anchor: 'end' };
}

const TAU = 2 * Math.PI;

/**
 * Moves angles (radians, ascending, on a circle) apart until neighbours are at least `minGap`
 * apart, each as little as it can. Used so group labels never overlap.
 */
export function spreadAngles(angles: readonly number[], minGap: number): number[] {
	const n = angles.length;
	if (n < 2) return [...angles];
	const gap = Math.min(minGap, TAU / n);
	const out = [...angles];
	for (let pass = 0; pass < 200; pass++) {
		let moved = false;
		for (let k = 0; k < n; k++) {
			const next = (k + 1) % n;
			const a = out[k]!;
			const b = out[next]! + (next === 0 ? TAU : 0);
			const deficit = gap - (b - a);
			if (deficit > 1e-9) {
				out[k] = a - deficit / 2;
				out[next] = out[next]! + deficit / 2;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return out;
}

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

/**
 * Moves positions on a closed loop of length `length` (a circle's angles, a frame's perimeter)
 * apart until neighbours are at least `minGap` apart, each as little as it can, keeping their
 * order. Labels and markers placed this way never overlap.
 */
export function spreadOnLoop(
	positions: readonly number[],
	minGap: number,
	length: number
): number[] {
	const n = positions.length;
	const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
	const gap = Math.min(minGap, length / n);
	const out = order.map((o) => o.p);
	for (let pass = 0; pass < 300 && n > 1; pass++) {
		let moved = false;
		for (let k = 0; k < n; k++) {
			const next = (k + 1) % n;
			const b = out[next]! + (next === 0 ? length : 0);
			const deficit = gap - (b - out[k]!);
			if (deficit > 1e-9) {
				out[k] = out[k]! - deficit / 2;
				out[next] = out[next]! + deficit / 2;
				moved = true;
			}
		}
		if (!moved) break;
	}
	const result = new Array<number>(n);
	order.forEach((o, k) => (result[o.i] = out[k]!));
	return result;
}

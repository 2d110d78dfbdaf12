/**
 * Moves positions on a closed loop of length `length` (a circle's angles, a frame's perimeter)
 * apart until neighbours are at least `minGap` apart, keeping their order and moving each as
 * little as the others allow. Labels and markers placed this way never overlap.
 *
 * The loop is cut at its widest gap and laid flat; overlapping runs are merged into blocks
 * centred on their members' mean, and blocks that then touch are merged in turn, until none
 * overlap. This ends in at most n merges, unlike pairwise nudging, which can stall in clusters.
 */
export function spreadOnLoop(
	positions: readonly number[],
	minGap: number,
	length: number
): number[] {
	const n = positions.length;
	if (n < 2) return [...positions];
	const gap = Math.min(minGap, length / n);
	const order = positions
		.map((p, i) => ({ p: ((p % length) + length) % length, i }))
		.sort((a, b) => a.p - b.p);

	let widest = 0;
	let widestSize = -1;
	order.forEach((o, k) => {
		const next = k + 1 < n ? order[k + 1]!.p : order[0]!.p + length;
		if (next - o.p > widestSize) [widest, widestSize] = [k, next - o.p];
	});
	const flat = order.map((_, k) => order[(widest + 1 + k) % n]!);
	const start = flat[0]!.p;
	const xs = flat.map((o) => (o.p - start + length) % length);

	type Block = { first: number; count: number; at: number };
	const blocks: Block[] = [];
	xs.forEach((x, k) => {
		let block: Block = { first: k, count: 1, at: x };
		for (
			let last = blocks.at(-1);
			last && last.at + last.count * gap > block.at + 1e-9;
			last = blocks.at(-1)
		) {
			blocks.pop();
			const count = last.count + block.count;
			block = { first: last.first, count, at: blockStart(xs, last.first, count, gap) };
		}
		blocks.push(block);
	});

	const flatOut = new Array<number>(n);
	for (const block of blocks)
		for (let m = 0; m < block.count; m++) flatOut[block.first + m] = block.at + m * gap;
	const result = new Array<number>(n);
	flat.forEach((o, k) => {
		const shift = positions[o.i]! - o.p;
		result[o.i] = flatOut[k]! + start + shift;
	});
	return result;
}

/** Where a block of `count` members, a gap apart, starts so that their mean shift is zero. */
function blockStart(xs: readonly number[], first: number, count: number, gap: number): number {
	let total = 0;
	for (let m = 0; m < count; m++) total += xs[first + m]! - m * gap;
	return total / count;
}

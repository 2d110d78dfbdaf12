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

	// A block's members are `first`, `first + 1`, ... in flat order; past n they wrap round the
	// loop, one `length` further on.
	type Block = { first: number; count: number; at: number };
	const xAt = (k: number) => xs[k % n]! + (k >= n ? length : 0);
	const merged = (a: Block, b: Block): Block => {
		const count = a.count + b.count;
		return { first: a.first, count, at: blockStart(xAt, a.first, count, gap) };
	};
	const overlaps = (a: Block, b: Block, offset = 0) => a.at + a.count * gap > b.at + offset + 1e-9;

	const blocks: Block[] = [];
	xs.forEach((x, k) => {
		let block: Block = { first: k, count: 1, at: x };
		for (let last = blocks.at(-1); last && overlaps(last, block); last = blocks.at(-1))
			block = merged(blocks.pop()!, block);
		blocks.push(block);
	});
	// The last block may reach round into the first: merge them across the cut, and then any
	// neighbour the merged block now reaches, until no two blocks overlap anywhere on the loop.
	while (blocks.length > 1 && overlaps(blocks.at(-1)!, blocks[0]!, length)) {
		let block = merged(blocks.pop()!, blocks.shift()!);
		for (let last = blocks.at(-1); last && overlaps(last, block); last = blocks.at(-1))
			block = merged(blocks.pop()!, block);
		for (let next = blocks[0]; next && overlaps(block, next, length); next = blocks[0])
			block = merged(block, blocks.shift()!);
		blocks.push(block);
	}

	const flatOut = new Array<number>(n);
	for (const block of blocks)
		for (let m = 0; m < block.count; m++) {
			const k = block.first + m;
			flatOut[k % n] = block.at + m * gap - (k >= n ? length : 0);
		}
	const result = new Array<number>(n);
	flat.forEach((o, k) => {
		const shift = positions[o.i]! - o.p;
		result[o.i] = flatOut[k]! + start + shift;
	});
	return result;
}

/** Where a block of `count` members, a gap apart, starts so that their mean shift is zero. */
function blockStart(xAt: (k: number) => number, first: number, count: number, gap: number): number {
	let total = 0;
	for (let m = 0; m < count; m++) total += xAt(first + m) - m * gap;
	return total / count;
}

import { LINK_TYPES } from '../data/link-types';
import type { ActorId, LinkTypeId } from '../data/types';
import type { PairMatrix } from '../chord/matrix';

export interface MapLinkItem {
	key: string;
	source: ActorId;
	target: ActorId;
	type: LinkTypeId;
	directed: boolean;
	count: number;
	d: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * One curved line per pair and type, between the actors' points on the map. Lines of different
 * types between the same pair bow by different amounts so each stays visible.
 */
export function mapLinks(
	matrix: PairMatrix,
	positions: ReadonlyMap<ActorId, [number, number]>
): MapLinkItem[] {
	// Only the cells that hold links, in matrix order: the loop grows with links, not actors².
	const cells = [...matrix.pairsByCell.keys()]
		.map((key) => key.split(',').map(Number) as [number, number])
		.sort(([i1, j1], [i2, j2]) => i1 - i2 || j1 - j2);
	const items: MapLinkItem[] = [];
	for (const [i, j] of cells) {
		const source = matrix.actors[i]!;
		const target = matrix.actors[j]!;
		const a = positions.get(source);
		const b = positions.get(target);
		if (!a || !b) continue;
		const types = LINK_TYPES.filter((t) => (matrix.byType[t.id][i]?.[j] ?? 0) > 0);
		types.forEach((type, k) => {
			const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
			const bow = 0.12 + 0.08 * k;
			const cx = (a[0] + b[0]) / 2 - dy * bow;
			const cy = (a[1] + b[1]) / 2 + dx * bow;
			items.push({
				key: `${source}-${target}-${type.id}`,
				source,
				target,
				type: type.id,
				directed: type.directed,
				count: matrix.byType[type.id][i]![j]!,
				d: `M${round(a[0])},${round(a[1])}Q${round(cx)},${round(cy)} ${round(b[0])},${round(b[1])}`
			});
		});
	}
	return items;
}

import type { ActorId, LinkTypeId } from '../data/types';
import { cellTypes, type PairMatrix } from '../chord/matrix';
import type { Positions } from './map-layout';

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
 * One curved line per pair and type (per pair alone when `typesMerged`), between the actors'
 * points on the map. Lines of different types between the same pair bow by different amounts so
 * each stays visible.
 */
export function mapLinks(
	matrix: PairMatrix,
	positions: Readonly<Positions>,
	typesMerged = false
): MapLinkItem[] {
	const n = matrix.actors.length;
	const items: MapLinkItem[] = [];
	// Only the cells that hold links, in matrix order.
	matrix.linksByCell.forEach((_, cell) => {
		const [i, j] = [Math.floor(cell / n), cell % n];
		const source = matrix.actors[i]!;
		const target = matrix.actors[j]!;
		const a = positions[source];
		const b = positions[target];
		if (!a || !b) return;
		cellTypes(matrix, i, j, typesMerged).forEach(({ type, value }, k) => {
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
				count: value,
				d: `M${round(a[0])},${round(a[1])}Q${round(cx)},${round(cy)} ${round(b[0])},${round(b[1])}`
			});
		});
	});
	return items;
}

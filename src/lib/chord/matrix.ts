import { linkPairs, type FilteredLinks, type LinkPair } from '../data/filter';
import { comparePartialDates } from '../data/dates';
import { LINK_TYPE_IDS, type ActorId, type LinkCore, type LinkTypeId } from '../data/types';

/**
 * Pair counts between the actors that have links, by type. `byType[t][i][j]` counts pairs of type
 * `t` running from actor `i` to actor `j`: directed pairs run from supplier to recipient,
 * undirected ones from the actor earlier in the order, so each tie is counted once.
 */
export interface PairMatrix {
	actors: ActorId[];
	byType: Record<LinkTypeId, number[][]>;
	/** Sum over types; what d3-chord lays out. */
	total: number[][];
	/** The pairs behind each cell, keyed `i,j`, for ribbon details. */
	pairsByCell: Map<string, LinkPair[]>;
}

function square(n: number): number[][] {
	return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

export function buildPairMatrix(links: FilteredLinks, order: readonly ActorId[]): PairMatrix {
	const pairs = links.flatMap(linkPairs);
	const present = new Set(pairs.flatMap((p) => [p.source, p.target]));
	const actors = order.filter((id) => present.has(id));
	const index = new Map(actors.map((id, i) => [id, i]));
	const n = actors.length;
	const byType = Object.fromEntries(LINK_TYPE_IDS.map((t) => [t, square(n)])) as Record<
		LinkTypeId,
		number[][]
	>;
	const total = square(n);
	const pairsByCell = new Map<string, LinkPair[]>();

	for (const pair of pairs) {
		let i = index.get(pair.source);
		let j = index.get(pair.target);
		if (i === undefined || j === undefined) continue;
		if (!pair.directed && i > j) [i, j] = [j, i];
		byType[pair.link.type][i]![j]! += 1;
		total[i]![j]! += 1;
		const cell = `${i},${j}`;
		const list = pairsByCell.get(cell);
		if (list) list.push(pair);
		else pairsByCell.set(cell, [pair]);
	}
	return { actors, byType, total, pairsByCell };
}

/** The actors that share at least one pair with `actor`. */
export function neighbours(matrix: PairMatrix, actor: ActorId): Set<ActorId> {
	const i = matrix.actors.indexOf(actor);
	const found = new Set<ActorId>();
	if (i < 0) return found;
	matrix.actors.forEach((other, j) => {
		if ((matrix.total[i]![j] ?? 0) > 0 || (matrix.total[j]![i] ?? 0) > 0) found.add(other);
	});
	return found;
}

/** The links between two actors (either way round), newest first, each once. */
export function linksBetween(matrix: PairMatrix, a: ActorId, b: ActorId): LinkCore[] {
	const i = matrix.actors.indexOf(a);
	const j = matrix.actors.indexOf(b);
	if (i < 0 || j < 0) return [];
	const pairs = [
		...(matrix.pairsByCell.get(`${i},${j}`) ?? []),
		...(matrix.pairsByCell.get(`${j},${i}`) ?? [])
	];
	const links = [...new Map(pairs.map((p) => [p.link.index, p.link])).values()];
	return links.sort((x, y) => comparePartialDates(y.start, x.start) || x.index - y.index);
}

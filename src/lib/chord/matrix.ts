import { forEachPair, linkParties, type FilteredLinks } from '../data/filter';
import { comparePartialDates } from '../data/dates';
import { LINK_TYPES, type LinkType } from '../data/link-types';
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
	/** The links behind each cell, at `i * actors.length + j`, for ribbon details. */
	linksByCell: (LinkCore[] | undefined)[];
}

function square(n: number): number[][] {
	return Array.from({ length: n }, () => new Array<number>(n).fill(0));
}

export function buildPairMatrix(links: FilteredLinks, order: readonly ActorId[]): PairMatrix {
	// Every party of a link takes part in at least one of its pairs.
	const present = new Set<ActorId>();
	for (const link of links) for (const party of linkParties(link)) present.add(party);
	const actors = order.filter((id) => present.has(id));
	const index = new Map(actors.map((id, i) => [id, i]));
	const n = actors.length;
	const byType = Object.fromEntries(LINK_TYPE_IDS.map((t) => [t, square(n)])) as Record<
		LinkTypeId,
		number[][]
	>;
	const total = square(n);
	const linksByCell: (LinkCore[] | undefined)[] = new Array(n * n);

	for (const link of links) {
		const counts = byType[link.type];
		forEachPair(link, (source, target, directed) => {
			let i = index.get(source);
			let j = index.get(target);
			if (i === undefined || j === undefined) return;
			if (!directed && i > j) [i, j] = [j, i];
			counts[i]![j]! += 1;
			total[i]![j]! += 1;
			(linksByCell[i * n + j] ??= []).push(link);
		});
	}
	return { actors, byType, total, linksByCell };
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
	const n = matrix.actors.length;
	const both = [...(matrix.linksByCell[i * n + j] ?? []), ...(matrix.linksByCell[j * n + i] ?? [])];
	const links = [...new Map(both.map((link) => [link.id, link])).values()];
	return links.sort(
		(x, y) => comparePartialDates(y.start, x.start) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
	);
}

/**
 * Past this many pair-and-type ribbons a chord diagram is slivers, and drawing them costs more
 * than a frame: each pair is then drawn once, in its most frequent type.
 */
export const MAX_TYPE_RIBBONS = 400;

/** How many pair-and-type cells hold links: the ribbons the diagram would draw per type. */
export function typeCellCount(matrix: PairMatrix): number {
	let count = 0;
	for (const id of LINK_TYPE_IDS)
		for (const row of matrix.byType[id]) for (const value of row) if (value > 0) count += 1;
	return count;
}

/**
 * The types drawn for the cell from actor `i` to actor `j`, with their counts, in the palette's
 * order; or, when `merged`, only the cell's most frequent type, carrying the cell's whole count.
 */
export function cellTypes(
	matrix: PairMatrix,
	i: number,
	j: number,
	merged: boolean
): { type: LinkType; value: number }[] {
	const present = LINK_TYPES.map((type) => ({
		type,
		value: matrix.byType[type.id][i]?.[j] ?? 0
	})).filter((t) => t.value > 0);
	if (!merged || present.length < 2) return present;
	const top = present.reduce((best, t) => (t.value > best.value ? t : best));
	return [{ type: top.type, value: matrix.total[i]![j]! }];
}

import type { ActorId, LinkTypeId } from '../data/types';

/** A drawn link between two actors: a chord ribbon or a map curve. */
interface PairItem {
	source: ActorId;
	target: ActorId;
	d: string;
}

/** One path that draws, at once, every item of one look an actor takes part in. */
export interface LitPath<K extends string> {
	key: K;
	d: string;
}

/** What lights up when one actor is active: its items, merged into one path per look. */
export interface LitLayer<K extends string> {
	actor: ActorId;
	paths: LitPath<K>[];
}

/**
 * Each actor's lit layer, prepared before any pointer arrives: the items it takes part in,
 * joined into one path per look (`lookOf`: the type, and on the map the width and arrow). A
 * hover then only shows one prepared layer and hides another; nothing is created.
 */
export function litLayers<T extends PairItem, K extends string>(
	items: readonly T[],
	lookOf: (item: T) => K
): LitLayer<K>[] {
	const byActor = new Map<ActorId, Map<K, string[]>>();
	const add = (actor: ActorId, key: K, d: string) => {
		let looks = byActor.get(actor);
		if (!looks) byActor.set(actor, (looks = new Map()));
		let parts = looks.get(key);
		if (!parts) looks.set(key, (parts = []));
		parts.push(d);
	};
	for (const item of items) {
		const key = lookOf(item);
		add(item.source, key, item.d);
		if (item.target !== item.source) add(item.target, key, item.d);
	}
	return [...byActor].map(([actor, looks]) => ({
		actor,
		paths: [...looks].map(([key, parts]) => ({ key, d: parts.join('') }))
	}));
}

/** A chord ribbon's look: its type. */
export const ribbonLook = (ribbon: { type: LinkTypeId }): LinkTypeId => ribbon.type;

/** A map curve's look: its type, width and whether it has an arrow, as `type width arrow`. */
export type MapLinkLook = `${LinkTypeId} ${number} ${'arrow' | 'line'}`;

/** The stroke width of a map curve standing for `count` links. */
export const mapLinkWidth = (count: number): number => Math.min(1.5 + count, 6);

export const mapLinkLook = (link: {
	type: LinkTypeId;
	count: number;
	directed: boolean;
}): MapLinkLook => `${link.type} ${mapLinkWidth(link.count)} ${link.directed ? 'arrow' : 'line'}`;

/** The parts of a map curve's look. */
export function parseMapLinkLook(look: MapLinkLook): {
	type: LinkTypeId;
	width: number;
	directed: boolean;
} {
	const [type, width, arrow] = look.split(' ');
	return { type: type as LinkTypeId, width: Number(width), directed: arrow === 'arrow' };
}

/** The items between the two actors of a pair, either way round: what a lit pair lights. */
export function between<T extends PairItem>(
	items: readonly T[],
	pair: { source: ActorId; target: ActorId }
): T[] {
	return items.filter(
		(item) =>
			(item.source === pair.source && item.target === pair.target) ||
			(item.source === pair.target && item.target === pair.source)
	);
}

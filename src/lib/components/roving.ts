import type { ActorId } from '../data/types';

/**
 * The item a key moves to within an order (the actors of a view, the years of a chart): arrows step (and wrap), Home and End jump.
 * Null for any other key.
 */
export function nextInOrder<T>(order: readonly T[], current: T, key: string): T | null {
	const i = order.indexOf(current);
	const n = order.length;
	if (n === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return order[(i + 1) % n]!;
		case 'ArrowLeft':
		case 'ArrowUp':
			return order[(i - 1 + n) % n]!;
		case 'Home':
			return order[0]!;
		case 'End':
			return order[n - 1]!;
		default:
			return null;
	}
}

/**
 * The one actor of a view that Tab reaches: the one being previewed if it is in this view, else
 * the pinned one, else the first.
 */
export function tabStop(
	order: readonly ActorId[],
	hovered: ActorId | null,
	focus: ActorId | null
): ActorId | null {
	if (hovered && order.includes(hovered)) return hovered;
	if (focus && order.includes(focus)) return focus;
	return order[0] ?? null;
}

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
 * The one actor of a view that Tab reaches: the one with keyboard focus if it is in this view,
 * else the pinned one, else the first. The pointer never moves it, so a hover changes no tab stop.
 */
export function tabStop(
	order: readonly ActorId[],
	focused: ActorId | null,
	pinned: ActorId | null
): ActorId | null {
	if (focused && order.includes(focused)) return focused;
	if (pinned && order.includes(pinned)) return pinned;
	return order[0] ?? null;
}

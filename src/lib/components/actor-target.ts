import type { ActorId } from '../data/types';
import type { ViewState } from '../state/view.svelte';
import { nextActor } from './roving';

/**
 * Pointer and keyboard handlers shared by every hover target (map shapes, markers, chord arcs):
 * hovering or focusing previews an actor, Enter, Space or a click pins it, and the arrow keys
 * move focus along `order` within the same view.
 */
export function actorTargetHandlers(
	view: ViewState,
	actor: ActorId,
	pin: (actor: ActorId) => void,
	order: readonly ActorId[]
) {
	const preview = (x: number, y: number) => {
		view.hovered = actor;
		view.pointer = { x, y };
	};
	const leave = () => {
		if (view.hovered === actor) view.hovered = null;
	};
	return {
		onpointerenter: (e: PointerEvent) => preview(e.clientX, e.clientY),
		onpointermove: (e: PointerEvent) => (view.pointer = { x: e.clientX, y: e.clientY }),
		onpointerleave: leave,
		onfocus: (e: FocusEvent) => {
			const box = (e.currentTarget as Element).getBoundingClientRect();
			preview(box.x + box.width / 2, box.y + box.height / 2);
		},
		onblur: leave,
		onclick: () => pin(actor),
		onkeydown: (e: KeyboardEvent) => {
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				pin(actor);
				return;
			}
			const next = nextActor(order, actor, e.key);
			if (!next) return;
			e.preventDefault();
			const root = (e.currentTarget as Element).closest('[data-view]');
			root?.querySelector<SVGElement>(`[data-actor="${next}"]`)?.focus();
		}
	};
}

import type { ActorId } from '../data/types';
import type { ViewState } from '../state/view.svelte';
import { nextActor } from './roving';

function actorOf(target: EventTarget | null): { element: Element; actor: ActorId } | null {
	const element = (target as Element | null)?.closest?.('[data-actor]');
	const actor = element?.getAttribute('data-actor') as ActorId | null | undefined;
	return element && actor ? { element, actor } : null;
}

/**
 * Handlers for a whole view (put them on its <svg>): hovering or focusing an actor previews it,
 * Enter, Space or a click pins it, and the arrow keys move focus along `order`. One set of
 * listeners per view instead of one per actor keeps a hover down to attribute changes.
 */
export function actorViewHandlers(
	view: ViewState,
	pin: (actor: ActorId) => void,
	order: () => readonly ActorId[]
) {
	const preview = (actor: ActorId, x: number, y: number) => {
		view.hovered = actor;
		view.pointer = { x, y };
	};
	const leave = (actor: ActorId, next: EventTarget | null) => {
		if (actorOf(next)?.actor === actor) return;
		if (view.hovered === actor) view.hovered = null;
	};
	return {
		onpointerover: (e: PointerEvent) => {
			const hit = actorOf(e.target);
			if (hit && hit.actor !== view.hovered) preview(hit.actor, e.clientX, e.clientY);
		},
		onpointermove: (e: PointerEvent) => {
			if (view.hovered && actorOf(e.target)) view.pointer = { x: e.clientX, y: e.clientY };
		},
		onpointerout: (e: PointerEvent) => {
			const hit = actorOf(e.target);
			if (hit) leave(hit.actor, e.relatedTarget);
		},
		onfocusin: (e: FocusEvent) => {
			const hit = actorOf(e.target);
			if (!hit) return;
			const box = hit.element.getBoundingClientRect();
			preview(hit.actor, box.x + box.width / 2, box.y + box.height / 2);
		},
		onfocusout: (e: FocusEvent) => {
			const hit = actorOf(e.target);
			if (hit) leave(hit.actor, e.relatedTarget);
		},
		onclick: (e: MouseEvent) => {
			const hit = actorOf(e.target);
			if (hit) pin(hit.actor);
		},
		onkeydown: (e: KeyboardEvent) => {
			const hit = actorOf(e.target);
			if (!hit) return;
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				pin(hit.actor);
				return;
			}
			const next = nextActor(order(), hit.actor, e.key);
			if (!next) return;
			e.preventDefault();
			hit.element
				.closest('[data-view]')
				?.querySelector<SVGElement>(`[data-actor="${next}"]`)
				?.focus();
		}
	};
}

function pairOf(target: EventTarget | null): { source: ActorId; target: ActorId } | null {
	const element = (target as Element | null)?.closest?.('[data-source][data-target]');
	const source = element?.getAttribute('data-source') as ActorId | null | undefined;
	const to = element?.getAttribute('data-target') as ActorId | null | undefined;
	return source && to ? { source, target: to } : null;
}

/**
 * Handlers for a group of ribbons (put them on its <g>): hovering a ribbon shows the links between
 * its two actors next to the pointer. Delegated like the actors', so drawing a ribbon adds no
 * listener.
 */
export function ribbonGroupHandlers(view: ViewState) {
	return {
		onpointerover: (e: PointerEvent) => {
			const pair = pairOf(e.target);
			if (!pair) return;
			const current = view.hoveredPair;
			if (current?.source !== pair.source || current.target !== pair.target)
				view.hoveredPair = pair;
			view.pointer = { x: e.clientX, y: e.clientY };
		},
		onpointermove: (e: PointerEvent) => {
			if (view.hoveredPair) view.pointer = { x: e.clientX, y: e.clientY };
		},
		onpointerout: (e: PointerEvent) => {
			const next = pairOf(e.relatedTarget);
			const current = view.hoveredPair;
			if (next?.source !== current?.source || next?.target !== current?.target)
				view.hoveredPair = null;
		}
	};
}

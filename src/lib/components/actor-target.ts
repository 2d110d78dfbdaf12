import type { ActorId } from '../data/types';
import type { Dashboard } from '../state/dashboard.svelte';
import { nextInOrder } from './roving';

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
	{ view, highlight }: Pick<Dashboard, 'view' | 'highlight'>,
	order: () => readonly ActorId[]
) {
	return {
		onpointerenter: () => highlight.approach(),
		onpointerover: (e: PointerEvent) => {
			const hit = actorOf(e.target);
			if (hit && hit.actor !== highlight.hovered)
				highlight.hover(hit.actor, { x: e.clientX, y: e.clientY });
		},
		onpointermove: (e: PointerEvent) => {
			if (actorOf(e.target)) highlight.movePointer({ x: e.clientX, y: e.clientY });
		},
		// Moving straight onto another actor, the preview passes to it without ending first: one
		// update instead of two, and the lit layer and the tooltip stay mounted.
		onpointerout: (e: PointerEvent) => {
			const hit = actorOf(e.target);
			if (hit && !actorOf(e.relatedTarget)) highlight.leave(hit.actor);
		},
		onfocusin: (e: FocusEvent) => {
			const hit = actorOf(e.target);
			if (!hit) return;
			const box = hit.element.getBoundingClientRect();
			highlight.keyIn(hit.actor, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
		},
		onfocusout: (e: FocusEvent) => {
			const hit = actorOf(e.target);
			if (hit && !actorOf(e.relatedTarget)) highlight.keyOut(hit.actor);
		},
		onclick: (e: MouseEvent) => {
			const hit = actorOf(e.target);
			if (hit) view.pin(hit.actor);
		},
		onkeydown: (e: KeyboardEvent) => {
			const hit = actorOf(e.target);
			if (!hit) return;
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				view.pin(hit.actor);
				return;
			}
			const next = nextInOrder(order(), hit.actor, e.key);
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
 * its two actors next to the pointer, and a click pins the pair. Delegated like the actors', so
 * drawing a ribbon adds no listener.
 */
export function ribbonGroupHandlers({ view, highlight }: Pick<Dashboard, 'view' | 'highlight'>) {
	return {
		onpointerover: (e: PointerEvent) => {
			const pair = pairOf(e.target);
			if (pair) highlight.hoverPair(pair, { x: e.clientX, y: e.clientY });
		},
		onpointermove: (e: PointerEvent) => highlight.movePointer({ x: e.clientX, y: e.clientY }),
		onclick: (e: MouseEvent) => {
			const pair = pairOf(e.target);
			if (pair) view.pinPair(pair.source, pair.target);
		},
		// As with actors: onto another ribbon, the next hover replaces this one.
		onpointerout: (e: PointerEvent) => {
			if (!pairOf(e.relatedTarget)) highlight.leavePair();
		}
	};
}

import type { ActorId } from '../data/types';

export type Point = { x: number; y: number };
export type ActorPair = { source: ActorId; target: ActorId };

/** What is lit: an actor with its partners, or a pair. Never both. */
export type LitKey =
	| { actor: ActorId; pair: null; actors: ReadonlySet<ActorId> }
	| { actor: null; pair: ActorPair; actors: ReadonlySet<ActorId> };

/** What the highlight reads of the rest of the dashboard. */
export interface HighlightInputs {
	/** The pinned actor and pair partner: lit when nothing is pointed at. */
	readonly pinned: ActorId | null;
	readonly partner: ActorId | null;
	/** The actors that share a link in view with `actor`. */
	neighbours(actor: ActorId): ReadonlySet<ActorId>;
}

/**
 * The highlight: what the reader points at or has keyboard focus on, and from it what is lit. The
 * pointer and focus are never shared (the address holds only the pinned actor, as `focus`).
 * `pointer -> hovered / hoveredPair -> lit`: a hovered actor previews over the pinned one; a
 * hovered ribbon lights its pair; with nothing pointed at, the pinned pair or actor stays lit.
 */
export class Highlight {
	/** The actor under the pointer or keyboard focus: a preview. */
	hovered: ActorId | null = $state(null);
	/**
	 * The actor with keyboard focus, which Tab returns to (see `tabStop`). Not `focus`: that is the
	 * address's name for the pinned actor.
	 */
	keyed: ActorId | null = $state(null);
	/** The pair of the chord ribbon under the pointer: its links show in a tooltip. */
	hoveredPair: ActorPair | null = $state(null);
	/** Where a tooltip goes, in viewport px. */
	pointer: Point | null = $state(null);
	/**
	 * Whether the reader has come near the views (the pointer onto one, or the keyboard into
	 * one): from then on, the lit layers are kept ready, before the pointer reaches an actor.
	 */
	approached = $state(false);
	/** The actor whose links are highlighted: the hovered one previews over the pinned one. */
	readonly active: ActorId | null;
	readonly lit: LitKey | null;

	constructor(inputs: HighlightInputs) {
		this.active = $derived(this.hovered ?? inputs.pinned);
		this.lit = $derived.by(() => {
			const { pinned, partner } = inputs;
			// A pinned pair is lit unless the reader points at something else.
			const pinnedPair =
				pinned && partner && !this.hovered ? { source: pinned, target: partner } : null;
			const pair = this.hoveredPair ?? pinnedPair;
			if (pair) return { actor: null, pair, actors: new Set([pair.source, pair.target]) } as LitKey;
			const actor = this.active;
			if (!actor) return null;
			return { actor, pair: null, actors: new Set([actor, ...inputs.neighbours(actor)]) };
		});
	}

	approach(): void {
		this.approached = true;
	}

	/** Previews an actor under the pointer, with its tooltip at `at`. */
	hover(actor: ActorId, at: Point): void {
		this.hovered = actor;
		this.pointer = at;
	}

	/** Ends the preview of `actor`, unless another has taken its place. */
	leave(actor: ActorId): void {
		if (this.hovered === actor) this.hovered = null;
	}

	/** Keyboard focus comes to `actor`: previews it, and makes it the one Tab returns to. */
	keyIn(actor: ActorId, at: Point): void {
		this.keyed = actor;
		this.approached = true;
		this.hover(actor, at);
	}

	/** Keyboard focus has left `actor` for something that is not an actor. */
	keyOut(actor: ActorId): void {
		if (this.keyed === actor) this.keyed = null;
		this.leave(actor);
	}

	hoverPair(pair: ActorPair, at: Point): void {
		const current = this.hoveredPair;
		if (current?.source !== pair.source || current.target !== pair.target) this.hoveredPair = pair;
		this.pointer = at;
	}

	leavePair(): void {
		this.hoveredPair = null;
	}

	movePointer(at: Point): void {
		if (this.hovered || this.hoveredPair) this.pointer = at;
	}
}

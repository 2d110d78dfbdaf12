import type { ActorId } from '../data/types';

/** The class a view carries while `actor` is active. */
export const activeClass = (actor: ActorId | null) => (actor ? `active-${actor}` : '');

/** The classes of a ribbon or map link between two actors, which the highlight rules select. */
export const pairClasses = (source: ActorId, target: ActorId) => `s-${source} t-${target}`;

/**
 * Style rules that light an actor's ribbons and map links: one rule per actor, written once.
 * A hover only swaps the view's `active-<id>` class, so the browser restyles just the ribbons and
 * links that lose or gain `--lit`; each view's own CSS says what lit looks like. Actor ids are
 * upper-case letters and digits; anything else yields no rule.
 */
export function highlightCss(actors: readonly ActorId[]): string {
	return actors
		.filter((a) => /^[A-Z0-9]+$/.test(a))
		.map((a) => `.active-${a} .s-${a}, .active-${a} .t-${a} { --lit: 1; }`)
		.join('\n');
}

import type { ActorId } from '../data/types';

const DIMMED_RIBBON_OPACITY = 0.07;
const SHOWN_LINK_OPACITY = 0.85;

/**
 * The style sheet that highlights one actor's ribbons and map links. Hovering rewrites this one
 * text instead of a class on every path, so its cost does not grow with the data. Actor ids are
 * upper-case letters and digits; anything else yields no rule.
 */
export function highlightCss(active: ActorId | null): string {
	if (!active || !/^[A-Z0-9]+$/.test(active)) return '';
	const touches = (el: string) => `${el}[data-source="${active}"], ${el}[data-target="${active}"]`;
	return [
		`[data-view="chord"] .ribbons path:not([data-source="${active}"]):not([data-target="${active}"]) { fill-opacity: ${DIMMED_RIBBON_OPACITY}; }`,
		`${touches('[data-view="map"] .links path')} { opacity: ${SHOWN_LINK_OPACITY}; }`
	].join('\n');
}

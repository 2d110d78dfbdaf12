import { describe, expect, it } from 'vitest';
import type { ActorId } from '../data/types';
import { highlightCss } from './highlight';

describe('highlightCss', () => {
	it('dims the ribbons that do not touch the actor and shows its map links', () => {
		expect(highlightCss('ARM')).toBe(
			'[data-view="chord"] .ribbons path:not([data-source="ARM"]):not([data-target="ARM"]) { fill-opacity: 0.07; }\n' +
				'[data-view="map"] .links path[data-source="ARM"], [data-view="map"] .links path[data-target="ARM"] { opacity: 0.85; }'
		);
	});

	it('is empty with no active actor, and for anything that is not an actor id', () => {
		expect(highlightCss(null)).toBe('');
		expect(highlightCss('ARM"] , * { display: none } [x="' as ActorId)).toBe('');
	});
});

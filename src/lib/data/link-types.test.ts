import { describe, expect, it } from 'vitest';
import { contrast, deltaE, DEFICIENCIES, perceived } from './colour-vision';
import { LINK_TYPES } from './link-types';

/** CIE76 distance above which two colours are told apart at a glance in a legend. */
const DISTINCT = 12;

function closestPair(deficiency?: (typeof DEFICIENCIES)[keyof typeof DEFICIENCIES]) {
	let closest = { distance: Infinity, pair: '' };
	for (let i = 0; i < LINK_TYPES.length; i++)
		for (let j = i + 1; j < LINK_TYPES.length; j++) {
			const distance = deltaE(
				perceived(LINK_TYPES[i]!.colour, deficiency),
				perceived(LINK_TYPES[j]!.colour, deficiency)
			);
			if (distance < closest.distance)
				closest = { distance, pair: `${LINK_TYPES[i]!.id}/${LINK_TYPES[j]!.id}` };
		}
	return closest;
}

describe('the link type palette', () => {
	it('keeps every two types apart with normal colour vision', () => {
		expect(closestPair().distance).toBeGreaterThan(DISTINCT);
	});

	it.each(Object.keys(DEFICIENCIES))('keeps every two types apart with %s', (name) => {
		const closest = closestPair(DEFICIENCIES[name as keyof typeof DEFICIENCIES]);
		expect(closest.distance, closest.pair).toBeGreaterThan(DISTINCT);
	});

	it('gives every type its own dash pattern, so colour is never the only cue', () => {
		expect(new Set(LINK_TYPES.map((t) => t.dash)).size).toBe(LINK_TYPES.length);
	});

	it('draws conflicts in a grey that reads on the light and the dark page', () => {
		const conflict = LINK_TYPES.find((t) => t.id === 'conflict')!.colour;
		expect(contrast(conflict, '#ffffff')).toBeGreaterThanOrEqual(3);
		expect(contrast(conflict, '#1e2328')).toBeGreaterThanOrEqual(3);
	});
});

describe('contrast', () => {
	it('matches WCAG’s reference values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});

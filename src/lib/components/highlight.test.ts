import { describe, expect, it } from 'vitest';
import type { ActorId } from '../data/types';
import { activeClass, highlightCss, pairClasses } from './highlight';

describe('highlightCss', () => {
	it('lights the ribbons and links of the active actor, either end', () => {
		expect(highlightCss(['ARM'])).toBe('.active-ARM .s-ARM, .active-ARM .t-ARM { --lit: 1; }');
	});

	it('writes one rule per actor', () => {
		expect(highlightCss(['ARM', 'AZE', 'EU']).split('\n')).toHaveLength(3);
	});

	it('writes no rule for anything that is not an actor id', () => {
		expect(highlightCss([])).toBe('');
		expect(highlightCss(['ARM , * { display: none } x' as ActorId])).toBe('');
	});

	it('names the classes its rules select', () => {
		expect(activeClass('GEO')).toBe('active-GEO');
		expect(activeClass(null)).toBe('');
		expect(pairClasses('RUS', 'ARM')).toBe('s-RUS t-ARM');
	});
});

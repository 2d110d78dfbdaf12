import { describe, expect, it } from 'vitest';
import { nextInOrder, tabStop } from './roving';

const order = ['ARM', 'AZE', 'GEO'] as const;

describe('nextInOrder', () => {
	it('steps with the arrows and wraps at both ends', () => {
		expect(nextInOrder(order, 'ARM', 'ArrowRight')).toBe('AZE');
		expect(nextInOrder(order, 'GEO', 'ArrowDown')).toBe('ARM');
		expect(nextInOrder(order, 'ARM', 'ArrowLeft')).toBe('GEO');
		expect(nextInOrder(order, 'AZE', 'ArrowUp')).toBe('ARM');
	});

	it('jumps with Home and End and ignores other keys', () => {
		expect(nextInOrder(order, 'AZE', 'Home')).toBe('ARM');
		expect(nextInOrder(order, 'AZE', 'End')).toBe('GEO');
		expect(nextInOrder(order, 'AZE', 'a')).toBeNull();
	});
});

describe('tabStop', () => {
	it('prefers the actor with keyboard focus, then the pinned one, then the first', () => {
		expect(tabStop(order, 'GEO', 'AZE')).toBe('GEO');
		expect(tabStop(order, 'RUS', 'AZE')).toBe('AZE');
		expect(tabStop(order, null, null)).toBe('ARM');
		expect(tabStop([], null, null)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { nextActor, tabStop } from './roving';

const order = ['ARM', 'AZE', 'GEO'] as const;

describe('nextActor', () => {
	it('steps with the arrows and wraps at both ends', () => {
		expect(nextActor(order, 'ARM', 'ArrowRight')).toBe('AZE');
		expect(nextActor(order, 'GEO', 'ArrowDown')).toBe('ARM');
		expect(nextActor(order, 'ARM', 'ArrowLeft')).toBe('GEO');
		expect(nextActor(order, 'AZE', 'ArrowUp')).toBe('ARM');
	});

	it('jumps with Home and End and ignores other keys', () => {
		expect(nextActor(order, 'AZE', 'Home')).toBe('ARM');
		expect(nextActor(order, 'AZE', 'End')).toBe('GEO');
		expect(nextActor(order, 'AZE', 'a')).toBeNull();
	});
});

describe('tabStop', () => {
	it('prefers the previewed actor, then the pinned one, then the first', () => {
		expect(tabStop(order, 'GEO', 'AZE')).toBe('GEO');
		expect(tabStop(order, 'RUS', 'AZE')).toBe('AZE');
		expect(tabStop(order, null, null)).toBe('ARM');
		expect(tabStop([], null, null)).toBeNull();
	});
});

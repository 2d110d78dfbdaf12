import { describe, expect, it } from 'vitest';
import { compareIds } from './order';

describe('compareIds', () => {
	it('orders ids by code unit, equal ids as equal', () => {
		expect(['rus-arm-b', 'fra-arm', 'rus-arm-a'].sort(compareIds)).toEqual([
			'fra-arm',
			'rus-arm-a',
			'rus-arm-b'
		]);
		expect(compareIds('a', 'a')).toBe(0);
	});
});

import { describe, expect, it } from 'vitest';
import { countOf, linkCount } from './count';

describe('linkCount and countOf', () => {
	it('say one link, and any other number of links', () => {
		expect([0, 1, 2, 512].map(linkCount)).toEqual(['0 links', '1 link', '2 links', '512 links']);
		expect(countOf(1, 'partner')).toBe('1 partner');
		expect(countOf(37, 'partner')).toBe('37 partners');
	});
});

import { describe, expect, it } from 'vitest';
import { linkCount } from './count';

describe('linkCount', () => {
	it('says one link, and any other number of links', () => {
		expect([0, 1, 2, 512].map(linkCount)).toEqual(['0 links', '1 link', '2 links', '512 links']);
	});
});

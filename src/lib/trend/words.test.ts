import { describe, expect, it } from 'vitest';
import { inForceText } from './words';

describe('inForceText', () => {
	it('says the ties, and the conflicts when there are any', () => {
		expect(inForceText(1, 0)).toBe('1 tie in force');
		expect(inForceText(30, 4)).toBe('30 ties and 4 conflicts in force');
		expect(inForceText(0, 1)).toBe('0 ties and 1 conflict in force');
	});
});

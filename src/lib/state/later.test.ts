import { describe, expect, it } from 'vitest';
import { LaterModule } from './later.svelte';

describe('LaterModule', () => {
	it('imports once, however often it is asked', async () => {
		let imports = 0;
		const later = new LaterModule(async () => ({ answer: ++imports }));
		expect(later.module).toBeNull();
		await Promise.all([later.load(), later.load()]);
		await later.load();
		expect(later.module).toEqual({ answer: 1 });
	});

	it('says why an import failed, and tries again when asked', async () => {
		let fail = true;
		const later = new LaterModule(async () => {
			if (fail) throw new TypeError('Failed to fetch dynamically imported module');
			return { ok: true };
		});
		await later.load();
		expect([later.module, later.problem]).toEqual([
			null,
			'Failed to fetch dynamically imported module'
		]);
		fail = false;
		await later.load();
		expect([later.module, later.problem]).toEqual([{ ok: true }, '']);
	});
});

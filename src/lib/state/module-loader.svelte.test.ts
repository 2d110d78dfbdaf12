import { describe, expect, it } from 'vitest';
import { ModuleLoader } from './module-loader.svelte';

describe('ModuleLoader', () => {
	it('imports once, however often it is asked', async () => {
		let imports = 0;
		const loader = new ModuleLoader(async () => ({ answer: ++imports }));
		expect(loader.module).toBeNull();
		await Promise.all([loader.load(), loader.load()]);
		await loader.load();
		expect(loader.module).toEqual({ answer: 1 });
	});

	it('says why an import failed, and tries again when asked', async () => {
		let fail = true;
		const loader = new ModuleLoader(async () => {
			if (fail) throw new TypeError('Failed to fetch dynamically imported module');
			return { ok: true };
		});
		await loader.load();
		expect([loader.module, loader.problem]).toEqual([
			null,
			'Failed to fetch dynamically imported module'
		]);
		fail = false;
		await loader.load();
		expect([loader.module, loader.problem]).toEqual([{ ok: true }, '']);
	});
});

import { describe, expect, it } from 'vitest';
import { firstViewScripts } from './budget';

describe('firstViewScripts', () => {
	it('finds module preloads and entry imports, each once', () => {
		const html = `<link href="./_app/a.js" rel="modulepreload"><link href="./_app/b.css" rel="stylesheet">
			<link href="./_app/c.js" rel="modulepreload"><script>Promise.all([import("./_app/a.js"), import("./_app/d.js")])</script>`;
		expect(firstViewScripts(html)).toEqual(['_app/a.js', '_app/c.js', '_app/d.js']);
	});
});

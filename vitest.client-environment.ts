import type { Environment } from 'vitest/environments';

/**
 * Node, with modules compiled for the browser: rune classes (`*.svelte.ts`) behave as they do on
 * the page, where derived values are kept while something reads them, instead of as on the
 * server, where each read recomputes them. No DOM: the classes under test need none.
 */
export default {
	name: 'node-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;

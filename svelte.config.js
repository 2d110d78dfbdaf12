import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Runes only: a component without runes must not fall back to legacy mode and its runtime.
	// The version tag on window is of no use to readers and costs bytes in the first view.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		// Routes are resolved from prerendered files, not from a manifest of every route in the
		// first view's code: pages (a page per link and per locale) no longer cost the dashboard bytes.
		router: { resolution: 'server' },
		// The benchmark builds synthetic-data variants into their own folder (BUILD_DIR).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		// Scripts run only from this origin or by hash: no 'unsafe-inline' for scripts. Inline style
		// attributes (tooltip position, swatches) need 'unsafe-inline' for styles only.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

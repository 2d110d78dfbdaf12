import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// The interface's messages (messages/<locale>.json), compiled into src/lib/paraglide: one
		// module per message, so a page's chunks carry only the messages it uses. The locale is the
		// path's prefix, read by our own strategy (src/hooks.ts, src/hooks.server.ts): Paraglide's
		// URL strategy would add its URL-pattern matcher, over 2 KB, to every page's first view.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['custom-prefix', 'baseLocale'],
			emitGitIgnore: false
		}),
		{
			// In the browser's build, the messages and our modules get the locale from a runtime of
			// a few bytes (src/lib/i18n/client-runtime.ts) instead of Paraglide's.
			name: 'paraglide-client-runtime',
			apply: 'build',
			enforce: 'pre',
			async resolveId(source, importer, options) {
				if (options?.ssr || this.environment?.name === 'ssr' || !importer) return null;
				if (!/(^|\/)runtime(\.js)?$/.test(source)) return null;
				const resolved = await this.resolve(source, importer, { skipSelf: true });
				if (!resolved || !/src[\\/]lib[\\/]paraglide[\\/]runtime\.js$/.test(resolved.id))
					return null;
				return fileURLToPath(new URL('./src/lib/i18n/client-runtime.ts', import.meta.url));
			}
		},
		sveltekit()
	],
	build: {
		// Modules that every page loads go into one chunk with the Svelte runtime: split into
		// small chunks of their own (as the pages' shared code would be), each is compressed
		// alone and the dashboard's first view grows by over a kilobyte, past its budget.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /rolldown|vite[\\/]preload-helper|node_modules[\\/](svelte|@sveltejs[\\/]kit[\\/]src[\\/]runtime)[\\/]|src[\\/]lib[\\/](data[\\/](link-types|count|dates|filter|vocabulary|years)|components[\\/](TypeToggles|PhoneFold|roving)|state[\\/](url|title|dashboard-file)\.ts|i18n[\\/](locale-paths|first-view|client-runtime|href)\.ts)/
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'server',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node',
					setupFiles: ['src/lib/i18n/test-setup.ts'],
					// The drawings' light theme is read from app.css (`?raw`) at build time.
					css: { include: [/app\.css/] }
				}
			},
			{
				// Rune classes as the browser runs them (see the environment's file).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					include: ['src/**/*.svelte.test.ts'],
					environment: './vitest.client-environment.ts',
					setupFiles: ['src/lib/i18n/test-setup.ts']
				}
			}
		],
		benchmark: { include: ['src/**/*.bench.ts'] }
	}
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
							test: /rolldown|vite[\\/]preload-helper|node_modules[\\/](svelte|@sveltejs[\\/]kit[\\/]src[\\/]runtime)[\\/]|src[\\/]lib[\\/](data[\\/](link-types|count|dates|filter|vocabulary|years)|components[\\/](TypeToggles|PhoneFold|roving)|state[\\/](url|title)\.ts)/
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
					environment: './vitest.client-environment.ts'
				}
			}
		],
		benchmark: { include: ['src/**/*.bench.ts'] }
	}
});

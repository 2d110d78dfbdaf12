import prettier from 'eslint-config-prettier';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'bench/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		// The state classes' derived values are new Sets and Maps each time their inputs change and
		// are never mutated: reactive collections would only add tracking to every read.
		files: ['src/lib/state/*.svelte.ts'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		// Links to the site's pages are `localHref(resolve(...))` (src/lib/i18n/href.ts): resolved,
		// then put in the reader's locale, which the rule cannot see through. Navigation calls
		// (goto, pushState) are still checked.
		rules: { 'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }] }
	}
);

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/**
		 * What the dashboard keeps in each history entry it writes (shallow routing): the view's
		 * query, which back and forward give back.
		 */
		interface PageState {
			query?: string;
		}
	}

	interface ImportMetaEnv {
		/** Set only by the benchmark: build the page with a synthetic dataset of this many links. */
		readonly VITE_SYNTHETIC_LINKS?: string;
		/** Set to the site's origin (https://...) to give link previews absolute image addresses. */
		readonly VITE_SITE_ORIGIN?: string;
	}
}

export {};

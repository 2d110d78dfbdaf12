// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}

	interface ImportMetaEnv {
		/** Set only by the benchmark: build the page with a synthetic dataset of this many links. */
		readonly VITE_SYNTHETIC_LINKS?: string;
	}
}

export {};

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/**
		 * Nothing: the dashboard's history entries hold their view in their address, which it
		 * reads back on back and forward (see `useDashboard`).
		 */
		// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declared empty on purpose
		interface PageState {}
	}

	interface ImportMetaEnv {
		/** Set to the site's origin (https://...) to give link previews absolute image addresses. */
		readonly VITE_SITE_ORIGIN?: string;
	}
}

export {};

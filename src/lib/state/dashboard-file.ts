/**
 * The dashboard's data reaches its pages in two parts: the actors' names in the page's locale
 * come with the page, and the rest, which grows with the record (every link's core and the
 * map), comes from one file named by its content's hash (`/data/dashboard-<hash>.json`), so that
 * the dashboard in each locale, and the embed, do not each carry it in their HTML, and a reader's
 * browser keeps it across pages and visits. A dashboard page's head preloads the file (see
 * hooks.server.ts), so it downloads beside the page's script, and the app reads it before it
 * hydrates (hooks.client.ts); arriving from another page, before that page is drawn (the root
 * layout). Server rendering draws from the same content, taken from the dataset.
 *
 * Neither is a `load` function's: SvelteKit would inline what the server's `fetch` gets into the
 * HTML, and a universal `load` anywhere adds its code for them, about 900 bytes, to every first
 * view.
 */
import { resolve } from '$app/paths';
import type { DashboardFile } from './stages';

/** The routes that draw the dashboard from the file. */
export const showsDashboard = (routeId: string | null | undefined) =>
	routeId === '/' || routeId === '/embed';

/** The file's address, by its content's hash. */
export const dashboardFileHref = (hash: string) => resolve('/data/dashboard-[hash].json', { hash });

/** The attribute that marks the file's preload in a dashboard page's head. */
export const DASHBOARD_FILE_PRELOAD = 'data-dashboard-file';

/** The file's content once read: one build has one file, the same for every page. */
let atHand: DashboardFile | undefined;
let serverFile: (() => DashboardFile) | undefined;

/** Where server rendering finds the file's content: set once, by the server hook. */
export function setDashboardFileSource(read: () => DashboardFile): void {
	serverFile = read;
}

/** The file's content: from the dataset on the server, in the browser once read. */
export function dashboardFileContent(): DashboardFile | undefined {
	return serverFile?.() ?? atHand;
}

/** Fetches the file at `href`; rejects with what went wrong. */
async function fetchFile(href: string): Promise<DashboardFile> {
	const response = await fetch(href);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.json();
}

/**
 * Reads the file at `href`, unless it is at hand. When it cannot load, the page stays as it is
 * (prerendered, a dashboard page works as it does without script: map, chord, every link a click
 * away) under a notice that says so, until the reader asks to try again; the notice's code is
 * fetched only then.
 */
export async function readDashboardFile(href: string): Promise<void> {
	while (!atHand)
		try {
			atHand = await fetchFile(href);
		} catch (error) {
			const { retried } = await import('./dashboard-problem');
			await retried((error as Error).message);
		}
}

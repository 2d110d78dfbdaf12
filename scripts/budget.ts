/** What the first view may cost, in gzipped bytes. JavaScript is what a dependency could silently double. */
export const BUDGETS = {
	/** The Svelte and SvelteKit runtimes take about 35 KB of it; the page's own code the rest. */
	firstViewJs: 50 * 1024,
	geography: 3 * 1024,
	/**
	 * The English dashboard's HTML: the prerendered first view (map, chord, timeline) and what
	 * the page hydrates with, but not the data, which grows with the record and comes from its
	 * own file (see src/lib/state/dashboard-file.ts).
	 */
	html: 25 * 1024
};

/** How much larger, gzipped, a locale's dashboard HTML may be than the English one's. */
export const HTML_GROWTH = 1.1;

/** The scripts a page loads before it is interactive: its module preloads and entry imports. */
export function firstViewScripts(html: string): string[] {
	const preloads = [...html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g)].map(
		(m) => m[1]!
	);
	const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!);
	return [...new Set([...preloads, ...imports])].map((src) => src.replace(/^\.\//, ''));
}

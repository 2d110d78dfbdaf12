/** What the first view may cost, in gzipped bytes. JavaScript is what a dependency could silently double. */
export const BUDGETS = {
	/** Target 50 KB; held at today's 56 KB until the remaining components are trimmed. */
	firstViewJs: 56 * 1024,
	geography: 3 * 1024
};

/** The scripts a page loads before it is interactive: its module preloads and entry imports. */
export function firstViewScripts(html: string): string[] {
	const preloads = [...html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g)].map(
		(m) => m[1]!
	);
	const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!);
	return [...new Set([...preloads, ...imports])].map((src) => src.replace(/^\.\//, ''));
}

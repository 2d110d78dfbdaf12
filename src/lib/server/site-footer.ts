/**
 * The site's footer: how to cite the dataset, with its version, and where its description and its
 * changes are. Written into every page's HTML by the server hook at prerender (like the preview
 * tags), after the app's root element: plain HTML that no component owns, so it costs the
 * dashboard's first view no JavaScript and hydration leaves it alone. Not on `/embed`, which is
 * framed by other sites and links back to the full view.
 */
import { datasetCitationText } from '../cite/cite';
import { escapeXml } from '../export/card';

/** The footer's HTML for the page at `path`, or null for a page without it. */
export function siteFooter(path: string, version: string, origin = ''): string | null {
	if (path === '/embed') return null;
	const citation = escapeXml(datasetCitationText(version, origin ? `${origin}/` : ''));
	return [
		'<footer class="site-footer" id="cite-dataset">',
		`<p><strong>Cite the dataset:</strong> ${citation} Each link’s page gives its own citation, in text, BibTeX and CSL-JSON.`,
		'<a href="/data/datapackage.json">Data package</a> ·',
		'<a href="/changes">latest changes</a> (<a href="/changes.xml">Atom feed</a>)</p>',
		'</footer>'
	].join('\n\t\t');
}

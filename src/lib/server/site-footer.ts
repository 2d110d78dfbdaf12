/**
 * The site's footer: how to cite the dataset, with its version, and where its description and its
 * changes are. Written into every page's HTML by the server hook at prerender (like the preview
 * tags), after the app's root element: plain HTML that no component owns, so it costs the
 * dashboard's first view no JavaScript and hydration leaves it alone. Not on `/embed`, which is
 * framed by other sites and links back to the full view.
 */
import { datasetCitationText } from '../cite/cite';
import { escapeXml } from '../export/card';
import { localizePath, type Locale } from '../i18n/locale-paths';
import { m } from '../paraglide/messages';

/** The footer's HTML for the page at `path`, or null for a page without it. */
export function siteFooter(
	path: string,
	version: string,
	origin = '',
	locale: Locale = 'en'
): string | null {
	if (path === '/embed') return null;
	const o = { locale };
	// The citation is the dataset's own, in English, as a reference list prints it.
	const citation = escapeXml(datasetCitationText(version, origin ? `${origin}/` : ''));
	const cited = locale === 'en' ? citation : `<span lang="en">${citation}</span>`;
	return [
		'<footer class="site-footer" id="cite-dataset">',
		`<p><strong>${escapeXml(m.footer_cite({}, o))}</strong> ${cited} ${escapeXml(m.footer_each_link({}, o))}`,
		`<a href="/data/datapackage.json">${escapeXml(m.footer_package({}, o))}</a> ·`,
		`<a href="${localizePath('/changes', locale)}">${escapeXml(m.footer_changes({}, o))}</a> (<a href="/changes.xml">${escapeXml(m.footer_feed({}, o))}</a>)</p>`,
		'</footer>'
	].join('\n\t\t');
}

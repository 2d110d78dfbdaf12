/**
 * Link previews: the description, Open Graph and Twitter card tags of each page, written into the
 * built HTML (by the server hook, at prerender) and nowhere else. Readers of previews and search
 * engines read the HTML; the page's script neither needs nor ships them, and hydration leaves them
 * alone since no component owns them.
 */
import { localPeriod } from '../i18n/format';
import { linkParties } from '../data/filter';
import { linkTypeLabel } from '../data/link-types';
import type { Dataset } from '../data/types';
import { escapeXml } from '../export/card';
import type { Locale } from '../i18n/locale-paths';
import { m } from '../paraglide/messages';
import { actorSummary, actorsWithLinks } from '../trend/page-data';
import { datasetIn } from './localized';

export interface Preview {
	title: string;
	description: string;
	/** The preview image's path from the site's root. */
	image: string;
}

const SITE = 'Caucasus Ties';

/** Text cut at a word to at most `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * What a page's preview says, in `locale`, by its path from the site's root without its locale
 * prefix; null for a page without one. Each locale has its own dashboard and actor images, drawn in
 * its script; the others are shared.
 */
export function previewOf(path: string, english: Dataset, locale: Locale = 'en'): Preview | null {
	const o = { locale };
	const dataset = datasetIn(locale, english);
	const dashboardImage = locale === 'en' ? '/og/dashboard.png' : `/og/${locale}/dashboard.png`;
	if (path === '/' || path === '/embed')
		return { title: SITE, description: m.preview_about({}, o), image: dashboardImage };
	if (path === '/links')
		return {
			title: m.page_title({ page: m.links_title({}, o), site: SITE }, o),
			description: m.preview_links({ count: dataset.links.length, site: SITE }, o),
			image: dashboardImage
		};
	if (path === '/actors')
		return {
			title: m.page_title({ page: m.preview_actors_title({}, o), site: SITE }, o),
			description: m.preview_actors({}, o),
			image: '/og/actors.png'
		};
	if (path === '/changes')
		return {
			title: m.page_title({ page: m.changes_title({}, o), site: SITE }, o),
			description: m.preview_changes({ site: SITE }, o),
			image: dashboardImage
		};
	const linkId = /^\/links\/([a-z0-9-]+)$/.exec(path)?.[1];
	const link = linkId ? dataset.links.find((l) => l.id === linkId) : undefined;
	if (link) {
		const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
		const parties = linkParties(link).map((id) => names.get(id) ?? id);
		return {
			title: m.page_title({ page: link.title, site: SITE }, o),
			description: clip(
				m.preview_link(
					{
						type: linkTypeLabel(link.type),
						parties: new Intl.ListFormat(locale, { type: 'conjunction' }).format(parties),
						period: localPeriod(link, locale),
						summary: link.summary
					},
					o
				),
				240
			),
			image: `/og/links/${link.id}.png`
		};
	}
	const id = /^\/actors\/([A-Z0-9]+)$/.exec(path)?.[1];
	if (id && actorsWithLinks(dataset).some((a) => a.id === id)) {
		const { actor, links, firstYear, lastYear, partners } = actorSummary(dataset, id);
		return {
			title: m.page_title({ page: m.actor_title({ name: actor.name }, o), site: SITE }, o),
			description: m.preview_actor(
				{
					name: actor.name,
					links: m.link_count({ count: links.length }, o),
					first: firstYear,
					last: lastYear,
					partners: m.partner_count({ count: partners.length }, o)
				},
				o
			),
			image: locale === 'en' ? `/og/actors/${id}.png` : `/og/${locale}/actors/${id}.png`
		};
	}
	return null;
}

/** The tags of a preview; `origin` (https://...) makes the image's address absolute. */
export function previewTags(
	{ title, description, image }: Preview,
	origin = '',
	locale: Locale = 'en'
): string {
	const meta = (key: 'name' | 'property', name: string, content: string) =>
		`<meta ${key}="${name}" content="${escapeXml(content)}">`;
	return [
		meta('name', 'description', description),
		meta('property', 'og:type', 'website'),
		meta(
			'property',
			'og:locale',
			{ en: 'en_GB', hy: 'hy_AM', az: 'az_AZ', ka: 'ka_GE', ru: 'ru_RU' }[locale]
		),
		meta('property', 'og:site_name', SITE),
		meta('property', 'og:title', title),
		meta('property', 'og:description', description),
		meta('property', 'og:image', origin + image),
		meta('property', 'og:image:width', '1200'),
		meta('property', 'og:image:height', '630'),
		meta('name', 'twitter:card', 'summary_large_image')
	].join('\n\t\t');
}

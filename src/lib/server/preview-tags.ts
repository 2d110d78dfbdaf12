/**
 * Link previews: the description, Open Graph and Twitter card tags of each page, written into the
 * built HTML (by the server hook, at prerender) and nowhere else. Readers of previews and search
 * engines read the HTML; the page's script neither needs nor ships them, and hydration leaves them
 * alone since no component owns them.
 */
import { countOf, linkCount } from '../data/count';
import { linkPeriod } from '../data/dates';
import { linkParties } from '../data/filter';
import { LINK_TYPES_BY_ID } from '../data/link-types';
import type { Dataset } from '../data/types';
import { escapeXml } from '../export/card';
import { actorSummary, actorsWithLinks } from '../trend/page-data';

export interface Preview {
	title: string;
	description: string;
	/** The preview image's path from the site's root. */
	image: string;
}

const SITE = 'Caucasus Ties';
const ABOUT =
	"Armenia, Azerbaijan and Georgia's foreign ties since 1991: arms, treaties, missions, aid, energy, diplomacy and conflict, on a map and a chord diagram, every link sourced.";

/** Text cut at a word to at most `max` characters, with an ellipsis when cut. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** What a page's preview says, by its path from the site's root; null for a page without one. */
export function previewOf(path: string, dataset: Dataset): Preview | null {
	if (path === '/' || path === '/embed')
		return { title: SITE, description: ABOUT, image: '/og/dashboard.png' };
	if (path === '/links')
		return {
			title: `Every link, with its sources - ${SITE}`,
			description: `All ${dataset.links.length} ties of Armenia, Azerbaijan and Georgia in the ${SITE} dataset, newest first, with their sources.`,
			image: '/og/dashboard.png'
		};
	if (path === '/actors')
		return {
			title: `The South Caucasus’s ties over time - ${SITE}`,
			description:
				'How Armenia, Azerbaijan and Georgia have moved between Russia, Europe, the USA, Turkey, Iran and others since 1991: their ties in force year by year on one scale, and a page for every actor.',
			image: '/og/actors.png'
		};
	if (path === '/changes')
		return {
			title: `Latest additions and corrections - ${SITE}`,
			description: `The links most recently added to or corrected in the ${SITE} record, newest first, each with its page and sources; also an Atom feed.`,
			image: '/og/dashboard.png'
		};
	const linkId = /^\/links\/([a-z0-9-]+)$/.exec(path)?.[1];
	const link = linkId ? dataset.links.find((l) => l.id === linkId) : undefined;
	if (link) {
		const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
		const parties = linkParties(link).map((id) => names.get(id) ?? id);
		return {
			title: `${link.title} - ${SITE}`,
			description: clip(
				`${LINK_TYPES_BY_ID.get(link.type)?.label ?? link.type}, ${parties.join(' and ')}, ${linkPeriod(link)}: ${link.summary}`,
				240
			),
			image: `/og/links/${link.id}.png`
		};
	}
	const id = /^\/actors\/([A-Z0-9]+)$/.exec(path)?.[1];
	if (id && actorsWithLinks(dataset).some((a) => a.id === id)) {
		const { actor, links, firstYear, lastYear, partners } = actorSummary(dataset, id);
		return {
			title: `${actor.name}’s ties over time - ${SITE}`,
			description: `${actor.name}: ${linkCount(links.length)} from ${firstYear} to ${lastYear} with ${countOf(partners.length, 'partner')}, ties in force year by year, what formed and what ended, every link sourced.`,
			image: `/og/actors/${id}.png`
		};
	}
	return null;
}

/** The tags of a preview; `origin` (https://...) makes the image's address absolute. */
export function previewTags({ title, description, image }: Preview, origin = ''): string {
	const meta = (key: 'name' | 'property', name: string, content: string) =>
		`<meta ${key}="${name}" content="${escapeXml(content)}">`;
	return [
		meta('name', 'description', description),
		meta('property', 'og:type', 'website'),
		meta('property', 'og:site_name', SITE),
		meta('property', 'og:title', title),
		meta('property', 'og:description', description),
		meta('property', 'og:image', origin + image),
		meta('property', 'og:image:width', '1200'),
		meta('property', 'og:image:height', '630'),
		meta('name', 'twitter:card', 'summary_large_image')
	].join('\n\t\t');
}

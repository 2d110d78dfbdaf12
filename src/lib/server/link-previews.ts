/**
 * The link-preview images: 1200x630 cards drawn at build time from the same SVG the pages show
 * (the components rendered on the server), with a title and the credit, rasterised with resvg.
 */
import { render } from 'svelte/server';
import type { ChronologyFile } from '../data/schema';
import DashboardViews from '../components/DashboardViews.svelte';
import TrendChart from '../components/TrendChart.svelte';
import { linkCount } from '../data/count';
import { linkPeriod } from '../data/dates';
import { linkParties } from '../data/filter';
import { LINK_TYPES_BY_ID } from '../data/link-types';
import type { ActorId, Dataset, Link } from '../data/types';
import { cardSvg, escapeXml, svgElement, type CardDrawing } from '../export/card';
import { ActorTrend } from '../state/actor-trend.svelte';
import { LIGHT } from '../export/light-theme';
import type { MapLayout } from '../geo/map-layout';
import { TREND_GEOMETRY } from '../trend/layout';
import { Dashboard } from '../state/dashboard.svelte';
import { actorSummary, statesTrendData, trendData } from '../trend/page-data';
import { dashboardData } from './dashboard-data';
import { m } from '../paraglide/messages';
import { rasterise } from './rasterise';

export const CARD = { width: 1200, height: 630 } as const;

const credit = (dataset: Dataset) => m.card_credit({ version: dataset.version });

function viewBoxOf(svg: string): [number, number] {
	const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
	return [w!, h!];
}

/** A drawing fitted into a box, keeping its proportions, centred. */
function fitted(svg: string, x: number, y: number, width: number, height: number): CardDrawing {
	const [w, h] = viewBoxOf(svg);
	const scale = Math.min(width / w, height / h);
	return {
		svg,
		x: Math.round(x + (width - w * scale) / 2),
		y: Math.round(y + (height - h * scale) / 2),
		width: Math.round(w * scale),
		height: Math.round(h * scale)
	};
}

function trendSvg(trend: ActorTrend, name: string, textScale = 1): string {
	return svgElement(render(TrendChart, { props: { trend, name, textScale, peaks: false } }).body);
}

/** The dashboard's card: its map and chord in the default view, in the request's locale. */
export function dashboardCardSvg(dataset: Dataset): string {
	const dashboard = new Dashboard(
		dashboardData(dataset),
		{ push() {}, replace() {} },
		{
			dataset: '',
			texts: null
		}
	);
	const base = (view: 'map' | 'chord') =>
		svgElement(render(DashboardViews, { props: { dashboard, view } }).body, 'base');
	return cardSvg({
		...CARD,
		title: 'Caucasus Ties',
		lines: [m.card_dashboard({ count: linkCount(dataset.links.length) })],
		drawings: [fitted(base('map'), 40, 165, 600, 410), fitted(base('chord'), 660, 150, 500, 440)],
		credit: credit(dataset),
		textWidth: 0
	});
}

/** The map's layout, computed once per dataset: every link's card draws its pair on it. */
const mapLayouts = new WeakMap<Dataset, MapLayout>();
function mapLayoutOf(dataset: Dataset): MapLayout {
	let layout = mapLayouts.get(dataset);
	if (!layout) {
		layout = dashboardData(dataset).map;
		mapLayouts.set(dataset, layout);
	}
	return layout;
}

/**
 * The map of a link's card: the region plain, without the dashboard's crowd of partner labels
 * (a card is read small, and a plain map keeps 500 images small), the link's states lit, its
 * parties joined in its type's colour and dash, and named.
 */
function linkMapSvg(layout: MapLayout, link: Link, names: Map<ActorId, string>): string {
	const type = LINK_TYPES_BY_ID.get(link.type);
	const colour = type?.colour ?? LIGHT.marker;
	const dash = type && type.dash !== 'none' ? ` stroke-dasharray="${type.dash}"` : '';
	const parties = linkParties(link);
	const at = parties.flatMap((id) => {
		const p = layout.positions[id];
		return p ? [{ id, x: p[0], y: p[1] }] : [];
	});
	const shapes = layout.shapes.map(
		(s) =>
			`<path d="${s.d}" fill="${s.actor && parties.includes(s.actor) ? LIGHT.landActive : LIGHT.land}"/>`
	);
	const lines = at
		.slice(1)
		.map(
			(p) =>
				`<line x1="${at[0]!.x}" y1="${at[0]!.y}" x2="${p.x}" y2="${p.y}" stroke="${colour}" stroke-width="5" stroke-linecap="round"${dash}/>`
		);
	const dots = at.map(
		(p) => `<circle cx="${p.x}" cy="${p.y}" r="8" fill="${colour}" stroke="#fff" stroke-width="2"/>`
	);
	const labels = at.map((p) => {
		const right = p.x < layout.width * 0.6;
		const y = Math.min(layout.height - 10, Math.max(24, p.y - 12));
		return `<text x="${p.x + (right ? 14 : -14)}" y="${y}" text-anchor="${right ? 'start' : 'end'}" font-size="22" font-weight="600" fill="${LIGHT.text}" stroke="${LIGHT.page}" stroke-width="5" paint-order="stroke">${escapeXml(names.get(p.id) ?? p.id)}</text>`;
	});
	return [
		`<svg viewBox="0 0 ${layout.width} ${layout.height}">`,
		`<rect width="${layout.width}" height="${layout.height}" fill="${LIGHT.sea}"/>`,
		...shapes,
		`<path d="${layout.borders}" fill="none" stroke="${LIGHT.border}" stroke-width="1"/>`,
		...lines,
		...dots,
		...labels,
		'</svg>'
	].join('');
}

/** A title short enough for two lines of a card. */
function shortTitle(title: string, max = 84): string {
	return title.length <= max ? title : `${title.slice(0, title.lastIndexOf(' ', max - 1))}…`;
}

/**
 * A link's card: its title, type, parties and dates, and the map with its parties joined in the
 * colour and dash of its type.
 */
export function linkCardSvg(dataset: Dataset, link: Link): string {
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	return cardSvg({
		...CARD,
		title: shortTitle(link.title),
		lines: [
			LINK_TYPES_BY_ID.get(link.type)?.label ?? link.type,
			linkParties(link)
				.map((id) => names.get(id) ?? id)
				.join(', '),
			linkPeriod(link)
		],
		drawings: [fitted(linkMapSvg(mapLayoutOf(dataset), link, names), 560, 200, 600, 380)],
		credit: credit(dataset),
		textWidth: 0
	});
}

/** An actor's card: its trend chart, with its name and its links in numbers. */
export function actorCardSvg(
	dataset: Dataset,
	id: ActorId,
	chronologies: readonly ChronologyFile[] = []
): string {
	const summary = actorSummary(dataset, id);
	const trend = new ActorTrend(trendData(dataset, id, { chronologies }));
	return cardSvg({
		...CARD,
		title: m.actor_title({ name: summary.actor.name }),
		lines: [
			`${linkCount(summary.links.length)}, ${summary.firstYear}–${summary.lastYear}`,
			m.partner_count({ count: summary.partners.length }),
			m.card_in_force(),
			trend.data.rowKind === 'group' ? m.card_by_group() : m.card_with_states()
		],
		drawings: [fitted(trendSvg(trend, summary.actor.name, 1.2), 440, 30, 730, 540)],
		credit: credit(dataset),
		textWidth: 440
	});
}

/**
 * The overview's card: the three states' trends side by side, on one scale, in the rows that
 * reach highest (a card has room for five legible rows, the page for all of them).
 */
export function statesCardSvg(
	dataset: Dataset,
	chronologies: readonly ChronologyFile[] = []
): string {
	const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
	const states = statesTrendData(dataset, chronologies);
	const series = states.map((data) => new ActorTrend(data).series);
	const reach = (key: string) =>
		Math.max(...series.flatMap((s) => s.rows.find((r) => r.key === key)?.values ?? []));
	const keys = states[0]!.rows
		.map((r) => r.key)
		.sort((a, b) => reach(b) - reach(a))
		.slice(0, 5);
	const tall = { ...TREND_GEOMETRY, rowHeight: 58 };
	const trends = states.map(
		(data) =>
			new ActorTrend(
				{ ...data, rows: data.rows.filter((r) => keys.includes(r.key)) },
				undefined,
				tall
			)
	);
	return cardSvg({
		...CARD,
		title: 'Who is moving away from whom',
		lines: ['Armenia, Azerbaijan and Georgia: ties (up) and conflicts (down) in force each year'],
		drawings: trends.map((trend, i) =>
			fitted(trendSvg(trend, names.get(trend.data.actor)!, 1.3), 40 + i * 380, 175, 360, 400)
		),
		credit: credit(dataset),
		textWidth: 0
	});
}

export function png(svg: string): Response {
	return new Response(new Uint8Array(rasterise(svg)), { headers: { 'content-type': 'image/png' } });
}

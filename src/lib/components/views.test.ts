import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { linkCore } from '../data/details';
import { FIXTURE_ACTORS, fixtureLink } from '../../../tests/support/fixtures';
import { layoutMap } from '../geo/map-layout';
import type { RegionTopology } from '../geo/region';
import { Dashboard } from '../state/dashboard.svelte';
import DashboardViews from './DashboardViews.svelte';
import { prepareLit } from './lit/prepare.svelte';
import regionJson from '../../../static/geo/region.json';

/**
 * What the map and the chord draw, rendered on the server from a small fixed dataset and compared
 * with committed SVG files (in the manner of Observable Plot's snapshot tests). A change to a
 * layout or a component shows up as a readable diff of the drawing; `npx vitest -u` rewrites the
 * files, which are then read before they are committed.
 */
const LINKS = [
	fixtureLink({ id: 'fra-arm-caesar', from: 'FRA', to: 'ARM', start: '2024-06-18' }),
	fixtureLink({ id: 'isr-aze-barak', from: 'ISR', to: 'AZE', start: '2011', systems: ['Barak-8'] }),
	fixtureLink({ id: 'rus-arm-base', type: 'mission', from: 'RUS', to: 'ARM', start: '1995-03-16' }),
	fixtureLink({
		id: 'aze-tur-shusha',
		type: 'treaty',
		from: 'AZE',
		to: 'TUR',
		start: '2021-06-15'
	}),
	fixtureLink({ id: 'eu-geo-aa', type: 'treaty', from: 'EU', to: 'GEO', start: '2014-06-27' }),
	fixtureLink({
		id: 'arm-aze-osce-talks',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['OSCE'],
		start: '1994-12-06',
		end: '1994-12-06'
	}),
	fixtureLink({ id: 'usa-geo-aid', type: 'aid', from: 'USA', to: 'GEO', start: '2008-09' }),
	fixtureLink({ id: 'irn-arm-gas', type: 'energy', from: 'IRN', to: 'ARM', start: '2007-03-19' }),
	fixtureLink({
		id: 'rus-geo-war',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2008-08-07',
		end: '2008-08-12'
	})
];

function dashboardAt(query: string): Dashboard {
	const withLinks = new Set(LINKS.flatMap((l) => [l.from, l.to, ...(l.parties ?? [])]));
	const actors = FIXTURE_ACTORS.filter((a) => withLinks.has(a.id));
	const dashboard = new Dashboard(
		{
			version: '2026-11-27.00000000',
			links: LINKS.map(linkCore),
			actors: actors.map(({ id, name, shortName }) => ({ id, name, shortName })),
			map: layoutMap(regionJson as unknown as RegionTopology, actors, withLinks, 640)
		},
		{ push: () => {}, replace: () => {} },
		{ dataset: '/data/ties.json', texts: null }
	);
	dashboard.view.arrive(query);
	// A pinned view as once the page has painted: each actor's lit layer prepared. The others
	// as prerendered, with none.
	if (dashboard.view.pinned) prepareLit(dashboard);
	return dashboard;
}

/** One element per line, without the hashes Svelte adds to class names: a stable, readable file. */
export function normalise(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s*svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}

const drawn = (query: string, view: 'map' | 'chord') =>
	normalise(render(DashboardViews, { props: { dashboard: dashboardAt(query), view } }).body);

describe('the views, drawn on the server', () => {
	it.each([
		['map', '', 'map.html'],
		['chord', '', 'chord.html'],
		['map', '?focus=ARM', 'map-armenia-pinned.html'],
		['chord', '?focus=ARM', 'chord-armenia-pinned.html'],
		['chord', '?types=arms,treaty&from=2010', 'chord-arms-treaties-2010.html']
	] as const)('%s at "%s" matches __snapshots__/%s', async (view, query, file) => {
		await expect(drawn(query, view)).toMatchFileSnapshot(`__snapshots__/${file}`);
	});

	it('draw every contract hook: actors in both views, ribbons with their pair and type', () => {
		const chord = drawn('', 'chord');
		const map = drawn('', 'map');
		for (const id of [
			'ARM',
			'AZE',
			'GEO',
			'RUS',
			'TUR',
			'IRN',
			'EU',
			'FRA',
			'USA',
			'ISR',
			'OSCE'
		]) {
			expect(chord).toContain(`data-actor="${id}"`);
			expect(map).toContain(`data-actor="${id}"`);
		}
		expect(chord).toMatch(
			/<path d="[^"]+" fill="#[0-9A-F]{6}" data-source="FRA" data-target="ARM" data-type="arms">/
		);
		expect(chord).toContain('data-view="chord"');
		expect(map).toContain('data-view="map"');
	});
});

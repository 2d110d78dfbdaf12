import { expect, test } from '@playwright/test';
import { chord, map, openView } from './helpers';

test('renders the map and the chord with real data and no console error', async ({ page }) => {
	const errors = await openView(page);
	for (const id of ['ARM', 'AZE', 'GEO', 'RUS', 'TUR', 'IRN'])
		await expect(map(page).locator(`path[data-actor="${id}"]`)).toBeVisible();
	for (const id of ['EU', 'FRA', 'IND', 'USA', 'ISR'])
		await expect(map(page).locator(`g[data-actor="${id}"]`)).toBeVisible();
	expect(await chord(page).locator('g[data-actor]').count()).toBeGreaterThan(15);
	expect(await chord(page).locator('path[data-source][data-target]').count()).toBeGreaterThan(40);
	expect(errors).toEqual([]);
});

test('hovering Armenia on the map dims both views and lights exactly its ribbons and links', async ({
	page
}) => {
	await openView(page);
	await map(page).locator('[data-actor="ARM"]').hover();
	await expect(chord(page)).toHaveAttribute('data-active', 'ARM');
	await expect(map(page)).toHaveAttribute('data-active', 'ARM');

	const touching = chord(page).locator('path[data-source="ARM"], path[data-target="ARM"]');
	expect(await touching.count()).toBeGreaterThan(10);
	// Lit: one path per type of the ribbons that touch Armenia, and nothing else.
	const types = new Set(
		await touching.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-type')))
	);
	const litRibbons = chord(page).locator('.overlay .lit-ribbon:visible');
	await expect(litRibbons).toHaveCount(types.size);
	expect(
		new Set(await litRibbons.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-type'))))
	).toEqual(types);
	expect(await map(page).locator('.overlay .link:visible').count()).toBeGreaterThan(3);
	// The diagram behind is dimmed as a whole, not path by path.
	const opacity = await chord(page)
		.locator('svg.base')
		.evaluate((svg) => Number(getComputedStyle(svg).opacity));
	expect(opacity).toBeLessThan(0.5);
	await expect(page.getByRole('status').filter({ hasText: 'Armenia' })).toContainText('links');

	await page.mouse.move(1, 1);
	await expect(chord(page)).not.toHaveAttribute('data-active');
	await expect(chord(page).locator('.overlay .lit-ribbon:visible')).toHaveCount(0);
});

test('hovering a chord group highlights the country on the map', async ({ page }) => {
	await openView(page);
	await chord(page).locator('g[data-actor="GEO"] text').hover();
	await expect(map(page)).toHaveAttribute('data-active', 'GEO');
	await expect(map(page).locator('.overlay [data-lit="GEO"]')).toHaveCount(1);
	await expect(map(page).locator('.overlay [data-lit="GEO"]')).toBeVisible();
});

test('hovering a partner off the map highlights it in the chord', async ({ page }) => {
	await openView(page);
	await map(page).locator('g[data-actor="FRA"]').hover();
	await expect(chord(page)).toHaveAttribute('data-active', 'FRA');
	await expect(chord(page).locator('.overlay [data-lit="FRA"]')).toHaveCount(1);
	await expect(chord(page).locator('.overlay [data-lit="FRA"]')).toBeVisible();
});

test('each view’s lit layer lies exactly over its drawing', async ({ page }) => {
	await openView(page, '?focus=ARM');
	// Armenia's shape on the map and its arc in the chord, as drawn in the base and lit over it.
	for (const [view, drawn, lit] of [
		[map(page), 'path[data-actor="ARM"]', 'path[data-lit="ARM"]'],
		[chord(page), 'g[data-actor="ARM"] > path', 'g[data-lit="ARM"] > path']
	] as const) {
		const base = (await view.locator('svg.base').boundingBox())!;
		expect(base.height).toBeGreaterThan(100);
		expect(await view.locator('svg.overlay').boundingBox()).toEqual(base);
		const under = (await view.locator(`svg.base ${drawn}`).boundingBox())!;
		const over = (await view.locator(`svg.overlay ${lit}`).boundingBox())!;
		// The same shape at the same place, give or take the outline the lit one adds.
		expect(under.width).toBeGreaterThan(20);
		for (const key of ['x', 'y', 'width', 'height'] as const)
			expect(Math.abs(over[key] - under[key])).toBeLessThan(3);
	}
});

test('unticking a type removes its ribbons and writes the URL', async ({ page }) => {
	await openView(page);
	const armsRibbons = chord(page).locator('path[data-type="arms"]');
	expect(await armsRibbons.count()).toBeGreaterThan(0);

	await page.getByRole('checkbox', { name: 'Arms', exact: true }).uncheck();
	await expect(armsRibbons).toHaveCount(0);
	await expect(page).toHaveURL(/types=treaty,mission,aid,energy,diplomacy,conflict$/);
	expect(await chord(page).locator('path[data-type="treaty"]').count()).toBeGreaterThan(0);

	await page.goBack();
	await expect(page.getByRole('checkbox', { name: 'Arms', exact: true })).toBeChecked();
	expect(await armsRibbons.count()).toBeGreaterThan(0);
});

test('pinning an actor lists its links with their sources', async ({ page }) => {
	await openView(page);
	await map(page).locator('[data-actor="ARM"]').click();
	await expect(page).toHaveURL(/focus=ARM/);
	const panel = page.getByRole('region', { name: /Armenia: \d+ links/ });
	await expect(panel).toBeVisible();
	const hrefs = await panel
		.locator('.sources a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(10);
	for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);

	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).not.toHaveURL(/focus=/);
});

test('a malformed address shows a notice and a working page', async ({ page }) => {
	const errors = await openView(page, '?types=arms,bananas&from=2030&focus=ATL');
	const notice = page.locator('[data-notice]');
	await expect(notice).toContainText('ignored unknown link type "bananas"');
	await expect(notice).toContainText('focus');
	await expect(page.getByRole('checkbox', { name: 'Arms', exact: true })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Treaties', exact: true })).not.toBeChecked();
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();
	expect(errors).toEqual([]);
});

test('no type ticked shows an empty state, not a broken chart', async ({ page }) => {
	await openView(page, '?types=');
	await expect(chord(page)).toContainText('No links in the current filter');
	await expect(map(page).locator('path[data-actor="ARM"]')).toBeVisible();
});

for (const [name, width, height] of [
	['desktop', 1366, 900],
	['phone', 390, 844]
] as const) {
	test(`at ${name} width nothing scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openView(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('the page links to the dataset as JSON and CSV, with every link and its sources', async ({
	page,
	request
}) => {
	await openView(page);
	const jsonHref = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
	const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');

	const json = await (await request.get(jsonHref!)).json();
	expect(json.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
	expect(json.links.length).toBeGreaterThanOrEqual(40);
	for (const link of json.links) expect(link.sources.length).toBeGreaterThan(0);

	const csv = await (await request.get(csvHref!)).text();
	expect(csv.startsWith('id,type,from,to,')).toBe(true);
	expect(csv.trim().split('\r\n').length).toBeGreaterThan(json.links.length);
});

test('a hover repaints no part of either view’s diagram: only the small layer over it changes', async ({
	page
}) => {
	await openView(page);
	await expect(page.locator('#links-table tbody tr').first()).toBeAttached();
	await page.evaluate(() => {
		const w = window as unknown as { __changed: number };
		w.__changed = 0;
		const observer = new MutationObserver((records) => (w.__changed += records.length));
		// Everything a highlight could restyle, but the roving tab stop (`tabindex`).
		for (const base of document.querySelectorAll('[data-view] svg.base'))
			observer.observe(base, {
				childList: true,
				subtree: true,
				attributeFilter: ['class', 'style', 'd', 'fill', 'opacity', 'transform', 'data-state']
			});
	});
	for (const id of ['ARM', 'RUS', 'EU', 'GEO']) {
		await map(page).locator(`[data-actor="${id}"]`).hover({ force: true });
		await chord(page).locator(`g[data-actor="${id}"] text`).hover({ force: true });
	}
	await expect(chord(page)).toHaveAttribute('data-active', 'GEO');
	expect(await chord(page).locator('.overlay .lit-ribbon:visible').count()).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as unknown as { __changed: number }).__changed)).toBe(0);
});

test('a hover creates nothing: each actor’s lit layer is ready before the pointer arrives', async ({
	page
}) => {
	await openView(page);
	// Nothing is prepared while no one comes near the views: the page's load does not pay for it.
	await page.waitForTimeout(300);
	await expect(chord(page).locator('.overlay .lit-links')).toHaveCount(0);
	await map(page).locator('[data-actor="ARM"]').hover();
	await expect(chord(page).locator('.overlay .lit-links.on')).toHaveCount(1);
	await page.evaluate(() => {
		const w = window as unknown as { __added: number };
		w.__added = 0;
		const observer = new MutationObserver((records) => {
			for (const record of records) w.__added += record.addedNodes.length;
		});
		for (const view of document.querySelectorAll('[data-view]'))
			observer.observe(view, { childList: true, subtree: true });
	});
	for (const id of ['RUS', 'GEO', 'FRA', 'ARM']) {
		await map(page).locator(`[data-actor="${id}"]`).hover({ force: true });
		await expect(chord(page)).toHaveAttribute('data-active', id);
		await expect(chord(page).locator(`.overlay [data-lit-links="${id}"]`)).toBeVisible();
	}
	await page.mouse.move(1, 1);
	await expect(chord(page)).not.toHaveAttribute('data-active');
	expect(await page.evaluate(() => (window as unknown as { __added: number }).__added)).toBe(0);
});

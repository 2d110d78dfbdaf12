import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtDataset, openView } from './helpers';

const trend = (page: Page) => page.locator('[data-view="trend"]');

test('every actor with links has a page, listed on /actors', async ({ page, request }) => {
	const { links } = await builtDataset(request);
	const withLinks = new Set(links.flatMap((l) => [l.from, l.to, ...(l.parties ?? [])]));
	await page.goto('/actors');
	const index = page.getByRole('region', { name: 'Every actor' }).locator('tbody tr');
	await expect(index).toHaveCount(withLinks.size);
	for (const id of withLinks) expect((await request.get(`/actors/${id}`)).status()).toBe(200);
	expect((await request.get('/actors/XYZ')).status()).toBe(404);
});

test('/actors shows the three states’ trends on one scale, with the same rows', async ({
	page
}) => {
	await page.goto('/actors');
	await expect(trend(page)).toHaveCount(3);
	const rows = await trend(page).evaluateAll((charts) =>
		charts.map((chart) =>
			[...chart.querySelectorAll('[data-row]')].map((r) => r.getAttribute('data-row'))
		)
	);
	expect(rows[0]).toContain('russia-bloc');
	expect(rows[0]).toContain('europe');
	expect(rows[1]).toEqual(rows[0]);
	expect(rows[2]).toEqual(rows[0]);
	// One scale: the same grid line, at the same height, in every chart.
	const grids = await trend(page).evaluateAll((charts) =>
		charts.map((c) => c.querySelector('.grid-label')?.textContent)
	);
	expect(new Set(grids).size).toBe(1);
});

test('Armenia’s page: its ties with Russia’s group and with the EU’s, year by year, and what changed', async ({
	page
}) => {
	await page.goto('/actors/ARM');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Armenia');
	await expect(page.locator('.facts')).toContainText(/\d+ links, 1988–\d{4}\s+· \d+ partners/);
	const chart = trend(page);
	await expect(chart.locator('[data-row="russia-bloc"] .row-name')).toContainText(
		'Russia and its blocs'
	);
	await expect(chart.locator('[data-row="europe"] .row-name')).toContainText('The EU and Europe');
	await expect(chart.locator('[data-year]')).toHaveCount(2026 - 1991 + 1);
	await expect(page.getByRole('link', { name: 'Armenia on the dashboard' })).toHaveAttribute(
		'href',
		'/?focus=ARM'
	);
	const periods = page.locator('details.period');
	expect(await periods.count()).toBeGreaterThan(5);
	await expect(periods.first()).toHaveAttribute('open', '');
	await expect(periods.first().locator('.sources a').first()).toHaveAttribute(
		'href',
		/^https?:\/\//
	);
	// Partners ranked by links, each linking to its page: Azerbaijan, the war's other side, first.
	const partners = page.getByRole('region', { name: 'Partners' }).getByRole('listitem');
	await expect(partners.first()).toContainText(/^Azerbaijan \d+ links/);
	await expect(partners.getByRole('link', { name: 'Russia', exact: true })).toHaveAttribute(
		'href',
		'/actors/RUS'
	);
});

test('the keyboard reaches every year; a year lists its ties and opens the dashboard there', async ({
	page
}) => {
	await page.goto('/actors/ARM');
	// The chart's keys answer once it has hydrated.
	await expect(trend(page)).toHaveAttribute('data-hydrated', 'true');
	const years = trend(page).locator('[data-year]');
	await expect(
		years
			.filter({ has: page.locator('[tabindex="0"]') })
			.or(years.locator('xpath=self::*[@tabindex="0"]'))
	).toHaveCount(1);
	await years.last().focus();
	await expect(page.locator('.readout')).toContainText('2026:');
	await page.keyboard.press('Home');
	await expect(years.first()).toBeFocused();
	await expect(page.locator('.readout')).toContainText(/1991: \d+ ties?/);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.readout')).toContainText('1992:');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/\?from=1992&to=1992&focus=ARM$/);
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page.getByRole('slider', { name: 'From' })).toHaveValue('1992');
});

test('switching a link type off redraws the trend without it', async ({ page }) => {
	await page.goto('/actors/ARM');
	const conflicts = trend(page).locator('.conflict');
	expect(await conflicts.count()).toBeGreaterThan(0);
	const ties = await trend(page).locator('[data-row="europe"] .area').getAttribute('d');
	await page.getByRole('checkbox', { name: 'Conflict', exact: true }).uncheck();
	await expect(conflicts).toHaveCount(0);
	await page.getByRole('button', { name: 'Show only Arms' }).click();
	await expect(trend(page).locator('[data-row="europe"] .area')).not.toHaveAttribute('d', ties!);
});

test('a partner’s pair opens on the dashboard with the pair lit and its links listed', async ({
	page
}) => {
	await page.goto('/actors/ARM');
	await page.getByRole('link', { name: 'Armenia and Russia on the dashboard' }).click();
	await expect(page).toHaveURL(/\/\?focus=ARM&with=RUS$/);
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page).toHaveTitle('Armenia and Russia: all ties, 1991–2026 - Caucasus Ties');
	// Where the link was clicked the pointer may now rest on an actor, which it would preview.
	await page.mouse.move(0, 0);
	const lit = page.locator('[data-view="chord"] .overlay [data-lit]:visible');
	await expect(lit).toHaveCount(2);
	const panel = page.getByRole('region', { name: /Armenia and Russia: \d+ links/ });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('Russia');
});

test('the dashboard’s detail panel links to the pinned actor’s page', async ({ page }) => {
	await openView(page, '?focus=GEO');
	await page.getByRole('link', { name: 'Georgia’s ties over time' }).click();
	await expect(page).toHaveURL(/\/actors\/GEO$/);
});

for (const path of ['/actors', '/actors/ARM']) {
	for (const [width, height] of [
		[1366, 900],
		[360, 740]
	] as const) {
		test(`${path} at ${width} px: axe finds nothing, and nothing scrolls sideways`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}

for (const [path, image] of <[string, string][]>[
	['/', '/og/dashboard.png'],
	['/actors', '/og/actors.png'],
	['/actors/ARM', '/og/actors/ARM.png'],
	['/links', '/og/dashboard.png'],
	['/embed', '/og/dashboard.png']
]) {
	test(`${path} has a link preview: title, description and a 1200x630 image`, async ({
		request
	}) => {
		const html = await (await request.get(path)).text();
		const meta = (property: string) =>
			new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
		expect(meta('og:title')).toMatch(/Caucasus Ties/);
		expect(meta('og:description')!.length).toBeGreaterThan(40);
		expect(meta('og:image')).toBe(image);
		const png = Buffer.from(await (await request.get(image)).body());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
}

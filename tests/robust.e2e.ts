import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { builtDataset, chord, map, openView } from './helpers';

test('without JavaScript the map and the chord are in the page, and every link a click away', async ({
	browser,
	request
}) => {
	const { links } = await builtDataset(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(map(page).locator('path[data-actor="ARM"]')).toBeVisible();
	expect(await map(page).locator('g[data-actor]').count()).toBeGreaterThan(10);
	expect(await chord(page).locator('path[data-source]').count()).toBeGreaterThan(40);
	await page.getByRole('link', { name: 'Every link with its sources on one page' }).click();
	await expect(page).toHaveTitle(/Every link, with its sources/);
	// The page is long: wait for all of it to arrive rather than count what has so far.
	await expect(page.locator('tbody tr')).toHaveCount(links.length);
	const first = page.locator('tbody tr').first();
	await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/links\/[a-z0-9-]+$/);
	await expect(first.getByRole('link').last()).toHaveAttribute('href', /^https?:\/\//);
	await context.close();
});

test('the summaries and sources load after the first view, and a failure can be retried', async ({
	page
}) => {
	await page.route('**/data/ties.json', (route) => route.abort());
	await openView(page, '?focus=GEO');
	const problem = page
		.getByRole('alert')
		.filter({ hasText: /Could not load the sources of Georgia/ });
	await expect(problem).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'the table of links' })).toBeVisible();
	await page.unroute('**/data/ties.json');
	await problem.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('region', { name: /Georgia: \d+ links/ })).toBeVisible();
	await expect(page.locator('#links-table tbody tr').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('any address gives a working page (fuzzed)', async ({ page }) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const value = fc.oneof(
		fc.string({ maxLength: 12 }),
		fc.integer({ min: -99999, max: 99999 }).map(String),
		fc.constantFrom('arms', 'ARM', 'arms,,mission', '%', '%E0%A4%A', '<script>', '2020', '')
	);
	const query = fc
		.array(fc.tuple(fc.constantFrom('types', 'from', 'to', 'focus', 'zzz'), value), {
			maxLength: 5
		})
		.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
	await fc.assert(
		fc.asyncProperty(query, async (q) => {
			await page.goto(`/?${q}`);
			await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
			await expect(map(page).locator('path[data-actor="AZE"]')).toBeVisible();
			expect(errors).toEqual([]);
		}),
		{ numRuns: 30, seed: 20261123 }
	);
});

test('a Content Security Policy without inline scripts, and nothing it refuses', async ({
	page
}) => {
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
	});
	await openView(page, '?focus=ARM');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const scripts = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scripts).toContain("'self'");
	expect(scripts).not.toContain('unsafe-inline');
	await map(page).locator('[data-actor="GEO"]').hover();
	expect(refused).toEqual([]);
});

test('a full journey sends no request to another origin', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (request) => origins.add(new URL(request.url()).origin));
	await openView(page);
	await map(page).locator('[data-actor="ARM"]').click();
	await page.getByRole('button', { name: 'Show only Arms' }).click();
	await page.getByRole('slider', { name: 'From' }).fill('2010');
	await page.getByRole('searchbox', { name: 'Search links' }).fill('France');
	await page.getByRole('link', { name: 'JSON' }).hover();
	await page.goBack();
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

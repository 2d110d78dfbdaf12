import { expect, test } from '@playwright/test';
import { builtDataset, chord, map } from './helpers';

// The dashboard's data (every link's core, the actors, the map) grows with the record: it comes
// from one file named by its content, not inside each dashboard page's HTML.
for (const path of ['/', '/embed', '/ru/', '/hy/embed']) {
	test(`${path} carries no link of the record in its HTML, and preloads the data file`, async ({
		request
	}) => {
		const { links } = await builtDataset(request);
		const html = await (await request.get(path)).text();
		const inlined = links.filter((l) => html.includes(`"${l.id}"`));
		expect(inlined.map((l) => l.id)).toEqual([]);

		const preload = html.match(/<link rel="preload" as="fetch" crossorigin href="([^"]+)"/);
		expect(preload, 'the data file preloaded in the head').not.toBeNull();
		const href = new URL(preload![1]!, new URL(path, 'http://x')).pathname;
		expect(href).toMatch(/^\/data\/dashboard-[0-9a-f]{12}\.json$/);
		expect(html.indexOf(preload![0])).toBeLessThan(html.indexOf('</head>'));
		const file = await (await request.get(href)).json();
		expect(file.links.map((l: { id: string }) => l.id)).toEqual(links.map((l) => l.id));
	});
}

test('when the data file cannot load, the prerendered page stays and a retry hydrates it', async ({
	page
}) => {
	await page.route('**/data/dashboard-*.json', (route) => route.abort());
	await page.goto('/?types=arms');
	const problem = page
		.getByRole('alert')
		.filter({ hasText: 'The dashboard’s data could not load' });
	await expect(problem).toBeVisible();
	// The no-script page: the views drawn, every link a click away.
	await expect(map(page).locator('path[data-actor="ARM"]')).toBeVisible();
	expect(await chord(page).locator('path[data-source]').count()).toBeGreaterThan(40);
	await expect(
		page.getByRole('link', { name: 'Every link with its sources on one page' })
	).toBeVisible();
	await expect(page.locator('main[data-hydrated]')).toHaveCount(0);

	await page.unroute('**/data/dashboard-*.json');
	await problem.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The address's view, now that the page can draw it.
	await expect(page.getByRole('checkbox', { name: 'Treaties', exact: true })).not.toBeChecked();
	await expect(chord(page).locator('path[data-source]:not([data-type="arms"])')).toHaveCount(0);
});

test('on the way from another page, the dashboard is drawn once its file has loaded, or the page says why', async ({
	page
}) => {
	await page.goto('/actors/ARM');
	await expect(page.locator('[data-view="trend"]').first()).toBeVisible();
	await page.route('**/data/dashboard-*.json', (route) => route.abort());
	await page.getByRole('link', { name: 'Armenia on the dashboard' }).click();
	const problem = page
		.getByRole('alert')
		.filter({ hasText: 'The dashboard’s data could not load' });
	await expect(problem).toBeVisible();
	// The address is the dashboard's already (the router writes it first), but the page the
	// reader was on stays until the dashboard can be drawn.
	await expect(page.locator('[data-view="trend"]').first()).toBeVisible();
	await expect(page.locator('main[data-hydrated]')).toHaveCount(0);

	await page.unroute('**/data/dashboard-*.json');
	await problem.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page).toHaveURL(/\/\?focus=ARM$/);
	await expect(map(page).locator('[data-actor="ARM"][aria-pressed="true"]')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

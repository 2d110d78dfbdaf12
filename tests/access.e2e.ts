import { expect, test } from '@playwright/test';
import { openView } from './helpers';

test('the links table follows the filters, sorts and searches', async ({ page }) => {
	await openView(page, '?types=arms');
	const table = page.getByRole('table');
	const rows = table.locator('tbody tr');
	// The table arrives with the links' details, after the first view.
	await expect(rows.first()).toBeAttached();
	const count = await rows.count();
	expect(count).toBeGreaterThan(5);
	for (const type of await rows
		.locator('[data-type]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))
		expect(type).toBe('arms');

	const years = table.getByRole('columnheader', { name: /Years/ });
	await expect(years).toHaveAttribute('aria-sort', 'descending');
	await years.getByRole('button').click();
	await expect(years).toHaveAttribute('aria-sort', 'ascending');
	const starts = (await rows.locator('td.years').allTextContents()).map((t) => t.split(' – ')[0]);
	expect(starts).toEqual([...starts].sort());

	await page.getByRole('searchbox', { name: 'Search links' }).fill('India');
	await expect.poll(() => rows.count()).toBeLessThan(count);
	for (const text of await rows.allTextContents()) expect(text).toContain('India');
	for (const href of await rows
		.locator('a[rel~="external"]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
		expect(href).toMatch(/^https?:\/\//);
	// Each title leads to its link's page.
	for (const [id, href] of await rows.evaluateAll((trs) =>
		trs.map((tr) => [
			tr.getAttribute('data-link'),
			tr.querySelector('td:nth-child(5) a')?.getAttribute('href')
		])
	))
		expect(new URL(href!, page.url()).pathname).toBe(`/links/${id}`);
});

test('a skip link leads to the table, and filter changes are announced', async ({ page }) => {
	await openView(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to data table' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#links-table$/);

	const live = page.locator('.summary[aria-live="polite"]');
	await expect(live).toHaveText(/^Showing \d+ links: all ties, 1991–2026\.$/);
	await page.getByRole('button', { name: 'Show only Arms' }).click();
	await expect(live).toHaveText(/^Showing \d+ links: arms, 1991–2026\.$/);
});

test('keyboard only: tab to the map, arrow to Azerbaijan, Enter pins, Escape clears', async ({
	page
}) => {
	await openView(page);
	const focusedActor = () =>
		page.evaluate(() => {
			const el = document.activeElement;
			return el?.closest('[data-view]')
				? `${el.closest('[data-view]')!.getAttribute('data-view')}:${el.getAttribute('data-actor')}`
				: null;
		});

	let reached: string | null = null;
	for (let presses = 0; presses < 40 && !reached?.startsWith('map:'); presses++) {
		await page.keyboard.press('Tab');
		reached = await focusedActor();
	}
	expect(reached).toBe('map:ARM');
	await expect(page.locator('[data-view="map"] [tabindex="0"]')).toHaveCount(1);

	await page.keyboard.press('ArrowLeft');
	expect(await focusedActor()).not.toBe('map:ARM');
	await page.keyboard.press('Home');
	expect(await focusedActor()).toBe('map:ARM');
	await page.keyboard.press('ArrowRight');
	expect(await focusedActor()).toBe('map:AZE');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?focus=AZE$/);
	await expect(page.getByRole('region', { name: /Azerbaijan: \d+ links/ })).toBeVisible();

	await page.keyboard.press('Tab');
	expect(await focusedActor()).toMatch(/^chord:/);
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/focus=/);
	await expect(page.getByRole('region', { name: /Azerbaijan: \d+ links/ })).toBeHidden();
});

import { expect, test } from '@playwright/test';
import { openView } from './helpers';

test('the links table follows the filters, sorts and searches', async ({ page }) => {
	await openView(page, '?types=arms');
	const table = page.getByRole('table');
	const rows = table.locator('tbody tr');
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
	const starts = await rows.locator('td.years').allTextContents();
	expect(starts).toEqual([...starts].sort());

	await page.getByRole('searchbox', { name: 'Search links' }).fill('India');
	expect(await rows.count()).toBeLessThan(count);
	for (const text of await rows.allTextContents()) expect(text).toContain('India');
	for (const href of await rows
		.locator('a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
		expect(href).toMatch(/^https?:\/\//);
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

import { expect, test } from '@playwright/test';
import { chord, map, openShareMenu, openView } from './helpers';

const SHARED = '?types=arms,mission&from=2018&to=2025&focus=ARM';

test('a shared address opens the same view in a fresh browser', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = await openView(page, SHARED);

	await expect(page.getByRole('checkbox', { name: 'Arms', exact: true })).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'Missions and bases', exact: true })
	).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Treaties', exact: true })).not.toBeChecked();
	await expect(page.getByRole('slider', { name: 'From' })).toHaveValue('2018');
	await expect(page.getByRole('slider', { name: 'To' })).toHaveValue('2025');
	await expect(map(page).locator('[data-actor="ARM"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('region', { name: /Armenia: \d+ links?/ })).toBeVisible();
	await expect(page).toHaveTitle('Armenia: arms and missions, 2018–2025 - Caucasus Ties');
	const types = await chord(page)
		.locator('path[data-type]')
		.evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('data-type')))].sort());
	expect(types).toEqual(['arms', 'mission']);
	expect(errors).toEqual([]);
	await context.close();
});

test('the year sliders narrow both views and write the address', async ({ page }) => {
	await openView(page);
	const ribbonsBefore = await chord(page).locator('path[data-source]').count();
	await page.getByRole('slider', { name: 'From' }).fill('2024');
	await expect(page).toHaveURL(/\?from=2024$/);
	await expect(page.locator('.summary')).toContainText('2024–2026');
	expect(await chord(page).locator('path[data-source]').count()).toBeLessThan(ribbonsBefore);

	await page.getByRole('slider', { name: 'To' }).fill('2010');
	await expect(page).toHaveURL(/\?from=2010&to=2010$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?from=2024$/);
	await expect(page.getByRole('slider', { name: 'From' })).toHaveValue('2024');
});

test('Copy link copies the address of the current view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openView(page, '?types=conflict');
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).search).toBe('?types=conflict');
});

test('pin Armenia, arms only, 2015–2025, copy the link, open it elsewhere: the same view', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openView(page);
	await map(page).locator('[data-actor="ARM"]').click();
	await page.getByRole('button', { name: 'Show only Arms' }).click();
	await page.getByRole('slider', { name: 'From' }).fill('2015');
	await page.getByRole('slider', { name: 'To' }).fill('2025');
	await expect(page).toHaveURL(/\?types=arms&from=2015&to=2025&focus=ARM$/);
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const detailBefore = await page
		.getByRole('region', { name: /Armenia: \d+ links?/ })
		.textContent();

	const elsewhere = await browser.newContext();
	const other = await elsewhere.newPage();
	await other.goto(copied);
	await expect(other.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(other.getByRole('checkbox', { name: 'Arms', exact: true })).toBeChecked();
	await expect(other.getByRole('checkbox', { name: 'Conflict', exact: true })).not.toBeChecked();
	await expect(other.getByRole('slider', { name: 'From' })).toHaveValue('2015');
	await expect(other.getByRole('slider', { name: 'To' })).toHaveValue('2025');
	await expect(other.getByRole('region', { name: /Armenia: \d+ links?/ })).toHaveText(
		detailBefore!
	);
	await expect(other).toHaveTitle('Armenia: arms, 2015–2025 - Caucasus Ties');
	await elsewhere.close();
});

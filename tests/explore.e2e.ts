import { expect, test } from '@playwright/test';
import { chord, hoverOnShape, map, openView } from './helpers';

test('the pinned actor’s links are grouped by partner, then type, newest first', async ({
	page
}) => {
	await openView(page, '?focus=ARM');
	const panel = page.getByRole('region', { name: /Armenia: \d+ links/ });
	const partners = panel.getByRole('heading', { level: 3 });
	await expect(partners.first()).toBeVisible();
	expect(await partners.count()).toBeGreaterThan(5);
	await expect(partners.first()).toHaveText(/^With \w+/);

	const firstGroup = panel.locator('section.partner').first();
	const years = await firstGroup.locator('ol').first().locator('.years').allTextContents();
	const starts = years.map((y) => y.trim().split(' – ')[0]!);
	expect(starts).toEqual([...starts].sort().reverse());
});

test('hover previews another actor while one is pinned', async ({ page }) => {
	await openView(page, '?focus=ARM');
	await map(page).locator('[data-actor="GEO"]').hover();
	await expect(chord(page)).toHaveAttribute('data-active', 'GEO');
	await page.mouse.move(1, 1);
	await expect(chord(page)).toHaveAttribute('data-active', 'ARM');
});

test('hovering a ribbon lists the links between its pair', async ({ page }) => {
	await openView(page, '?types=arms');
	const ribbon = chord(page).locator('path[data-source="FRA"][data-target="ARM"]');
	await ribbon.scrollIntoViewIfNeeded();
	await hoverOnShape(page, ribbon);
	const tooltip = page.getByRole('status').filter({ hasText: 'France – Armenia' });
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('CAESAR');
});

test('“only” shows one type alone, as does Alt-click', async ({ page }) => {
	await openView(page);
	await page.getByRole('button', { name: 'Show only Conflict' }).click();
	await expect(page).toHaveURL(/\?types=conflict$/);
	await expect(page.getByRole('checkbox', { name: 'Arms', exact: true })).not.toBeChecked();

	await page.getByRole('checkbox', { name: 'Energy and transport', exact: true }).click({
		modifiers: ['Alt']
	});
	await expect(page).toHaveURL(/\?types=energy$/);
	await expect(page.getByRole('checkbox', { name: 'Conflict', exact: true })).not.toBeChecked();
});

test('an actor’s link count is the same in its names on map and chord, its tooltip and its panel', async ({
	page
}) => {
	await openView(page);
	for (const actor of ['ARM', 'AZE', 'RUS']) {
		const onMap = await map(page).locator(`[data-actor="${actor}"]`).getAttribute('aria-label');
		const count = /: (\d+) links?$/.exec(onMap ?? '')?.[1];
		expect(count, onMap ?? '').toMatch(/^\d+$/);
		await expect(chord(page).locator(`[data-actor="${actor}"]`)).toHaveAttribute(
			'aria-label',
			onMap!
		);
		await map(page).locator(`[data-actor="${actor}"]`).hover();
		const name = onMap!.split(':')[0]!;
		const tooltip = page.getByRole('status').filter({ hasText: name });
		await expect(tooltip.locator('.count')).toHaveText(`${count} links`);
		await map(page).locator(`[data-actor="${actor}"]`).click();
		await expect(
			page.getByRole('heading', { level: 2, name: `${name}: ${count} links` })
		).toBeVisible();
		await page.keyboard.press('Escape');
	}
});

import { expect, test } from '@playwright/test';
import { chord, openView } from './helpers';

test('Play steps a one-year window through time, and Pause stops it', async ({ page }) => {
	await openView(page, '?from=2019&to=2026');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page).toHaveURL(/\?from=2019&to=2019$/);
	await expect(page).toHaveURL(/\?from=2020&to=2020$/);
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = page.url();
	await page.waitForTimeout(1500);
	expect(page.url()).toBe(paused);
	await expect(page.getByRole('slider', { name: 'From' })).toHaveValue(
		new URL(paused).searchParams.get('from')!
	);
});

test('the timeline dims the years outside the range', async ({ page }) => {
	await openView(page, '?from=2020&to=2022');
	const bars = page.locator('.timeline rect');
	const outside = await bars.evaluateAll(
		(rects) => rects.filter((r) => r.classList.contains('outside')).length
	);
	expect(outside).toBeGreaterThan(0);
	expect(outside).toBeLessThan(await bars.count());
});

test('the chord animates between states unless the reader prefers reduced motion', async ({
	browser
}) => {
	for (const [reducedMotion, animates] of [
		['no-preference', true],
		['reduce', false]
	] as const) {
		const context = await browser.newContext({ reducedMotion });
		const page = await context.newPage();
		await openView(page);
		const transition = await chord(page)
			.locator('path[data-source]')
			.first()
			.evaluate((p) => getComputedStyle(p).transitionProperty);
		expect(transition.includes('d')).toBe(animates);
		await context.close();
	}
});

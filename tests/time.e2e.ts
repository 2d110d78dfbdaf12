import { expect, test } from '@playwright/test';
import { FIRST_YEAR, lastYearOf } from '../src/lib/data/years';
import { builtDataset, chord, openView } from './helpers';

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

test('the timeline dims the years outside the range', async ({ page, request }) => {
	await openView(page, '?from=2020&to=2022');
	const veils = page.locator('.timeline rect.outside');
	await expect(veils).toHaveCount(2);
	const [before, after] = await veils.evaluateAll((rects) =>
		rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))])
	);
	const chart = Number(
		(await page.locator('.timeline svg').getAttribute('viewBox'))!.split(' ')[2]
	);
	const years = lastYearOf((await builtDataset(request)).version) - FIRST_YEAR + 1;
	expect(before).toEqual([0, ((2020 - FIRST_YEAR) / years) * chart]);
	expect(after![0]).toBeCloseTo(((2023 - FIRST_YEAR) / years) * chart);

	await openView(page, '?from=1991');
	await expect(veils).toHaveCount(0);
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
		// A view of a few dozen ribbons: past that the diagram does not animate at all.
		await openView(page, '?types=mission');
		expect(await chord(page).locator('path[data-source]').count()).toBeLessThanOrEqual(60);
		const transition = await chord(page)
			.locator('path[data-source]')
			.first()
			.evaluate((p) => getComputedStyle(p).transitionProperty);
		expect(transition.includes('d')).toBe(animates);
		await context.close();
	}
});

test('a view of hundreds of ribbons changes at once, without easing', async ({ page }) => {
	await openView(page);
	expect(await chord(page).locator('path[data-source]').count()).toBeGreaterThan(60);
	const transition = await chord(page)
		.locator('path[data-source]')
		.first()
		.evaluate((p) => getComputedStyle(p).transitionProperty);
	expect(transition).not.toContain('d');
});

import { expect, test } from '@playwright/test';
import { openView } from './helpers';

for (const [width, height, views] of [
	[1366, 768, ['map', 'chord']],
	[1920, 1080, ['map', 'chord']],
	[390, 844, ['map']]
] as const) {
	test(`at ${width}x${height} the ${views.join(' and the ')} ${views.length > 1 ? 'are' : 'is'} whole on the first screen`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await openView(page);
		for (const view of views) {
			const box = (await page.locator(`[data-view="${view}"] svg.base`).boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(height);
		}
		if (width > 1000)
			await expect(page.getByRole('checkbox', { name: 'Arms', exact: true })).toBeInViewport();
	});
}

test('nothing moves when the page hydrates', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				w.__shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.setViewportSize({ width: 1366, height: 768 });
	await openView(page, '?types=arms');
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
});

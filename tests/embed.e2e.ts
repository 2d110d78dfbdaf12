import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

test('the embed works inside an iframe on another origin, and asks nothing of any other', async ({
	page,
	baseURL
}) => {
	// An article on another origin that frames the embed. It is served from this machine, on
	// 127.0.0.1 (another origin than localhost): the browser's local-network checks would not let
	// a page that came from nowhere frame a page on localhost.
	const article = createServer((_, response) => {
		response.setHeader('content-type', 'text/html');
		response.end(
			`<!doctype html><title>An article</title><p>Our story</p><iframe src="${baseURL}/embed?types=arms&focus=ARM" title="Caucasus Ties" width="800" height="600" style="border:0"></iframe>`
		);
	});
	await new Promise<void>((done) => article.listen(0, '127.0.0.1', done));
	const HOST = `http://127.0.0.1:${(article.address() as AddressInfo).port}`;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).origin));
	await page.goto(`${HOST}/story`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(frame.locator('[data-view="chord"]')).toHaveAttribute('data-active', 'ARM');
	await expect(frame.getByRole('checkbox')).toHaveCount(0);

	// Hover lights another actor; a click pins it.
	await frame.locator('[data-view="map"] [data-actor="AZE"]').hover({ force: true });
	await expect(frame.locator('[data-view="chord"]')).toHaveAttribute('data-active', 'AZE');
	await frame.locator('[data-view="map"] [data-actor="AZE"]').click({ force: true });
	await expect(frame.getByRole('link', { name: 'Open in Caucasus Ties' })).toHaveAttribute(
		'href',
		'/?types=arms&focus=AZE'
	);
	expect(new Set(requests)).toEqual(new Set([HOST, new URL(baseURL!).origin]));
	article.close();
});

for (const [width, height] of [
	[800, 600],
	[400, 500]
] as const) {
	test(`the embed fits a ${width}x${height} frame with no scrollbar`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/embed?types=arms&focus=ARM');
		await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
		const overflow = await page.evaluate(() => ({
			x: document.documentElement.scrollWidth - innerWidth,
			y: document.documentElement.scrollHeight - innerHeight
		}));
		expect(overflow).toEqual({ x: 0, y: 0 });
		for (const view of ['map', 'chord']) {
			const box = (await page.locator(`[data-view="${view}"] svg.base`).boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(height);
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			expect(box.height).toBeGreaterThan(120);
		}
	});
}

test('in the embed as on the dashboard, Escape unpins, and so does a tap on empty space', async ({
	page
}) => {
	await page.goto('/embed?focus=ARM');
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	const armenia = page.locator('[data-view="map"] [data-actor="ARM"]');
	await expect(armenia).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(armenia).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(/\/embed$/);

	await armenia.click({ force: true });
	await expect(armenia).toHaveAttribute('aria-pressed', 'true');
	// The sea, in the map's top-left corner: a view, and no actor on it.
	const sea = (await page.locator('[data-view="map"] .sea').boundingBox())!;
	await page.mouse.click(sea.x + sea.width / 2, sea.y + 3);
	await expect(armenia).toHaveAttribute('aria-pressed', 'false');
});

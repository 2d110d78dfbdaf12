import { devices, expect, test } from '@playwright/test';
import { chord, map, openView } from './helpers';

test.use({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 } });

test('on a phone, tapping an actor pins it and tapping elsewhere unpins', async ({ page }) => {
	await openView(page);
	await map(page).locator('[data-actor="GEO"]').tap();
	await expect(page).toHaveURL(/\?focus=GEO$/);
	await expect(page.getByRole('region', { name: /Georgia: \d+ links/ })).toBeVisible();
	// A point of open sea as far as can be from every actor: a tap snaps to a target nearby.
	const open = await map(page)
		.locator('rect.sea')
		.evaluate((sea) => {
			const box = sea.getBoundingClientRect();
			const actors = [...document.querySelectorAll('[data-view="map"] [data-actor]')].map((a) => {
				const r = a.getBoundingClientRect();
				return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
			});
			let best: { x: number; y: number; clear: number } | null = null;
			for (let y = box.top + 5; y < box.bottom; y += 8)
				for (let x = box.left + 5; x < box.right; x += 8) {
					if (document.elementFromPoint(x, y) !== sea) continue;
					const clear = Math.min(...actors.map((a) => Math.hypot(a.x - x, a.y - y)));
					if (!best || clear > best.clear) best = { x, y, clear };
				}
			return best;
		});
	expect(open).not.toBeNull();
	await page.touchscreen.tap(open!.x, open!.y);
	await expect(page).not.toHaveURL(/focus=/);
});

test('on a phone, chord labels are abridged and never overlap', async ({ page }) => {
	// The phone layout replaces the prerendered desktop one after hydration; measure it settled.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openView(page);
	const labels = chord(page).locator('g[data-actor] text');
	await expect(labels.first()).toHaveText(/^[A-Z]{2,4}$/);
	// Radial labels grow outward from their anchors: anchors a font-height apart never collide.
	const { anchors, fontPx } = await labels.evaluateAll((texts) => {
		const svg = (texts[0] as SVGTextElement).ownerSVGElement!;
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		const fontPx = parseFloat(getComputedStyle(texts[0]!).fontSize) * scale;
		const anchors = texts.map((t) => {
			const p = new DOMPoint(0, 0).matrixTransform((t as SVGTextElement).getScreenCTM()!);
			return { x: p.x, y: p.y, text: t.textContent };
		});
		return { anchors, fontPx };
	});
	expect(fontPx).toBeGreaterThanOrEqual(10);
	for (let i = 0; i < anchors.length; i++)
		for (let j = i + 1; j < anchors.length; j++) {
			const a = anchors[i]!;
			const b = anchors[j]!;
			expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(
				fontPx
			);
		}
});

test('on a phone the filters start folded, so the map is on the first screen', async ({ page }) => {
	await openView(page);
	const arms = page.getByRole('checkbox', { name: 'Arms', exact: true });
	await expect(arms).toBeHidden();
	const mapTop = await page
		.locator('[data-view="map"]')
		.evaluate((e) => e.getBoundingClientRect().top);
	expect(mapTop).toBeLessThan(844);

	await page.getByText('Link types and years').tap();
	await expect(arms).toBeVisible();
	await arms.tap();
	await expect(page).toHaveURL(/types=treaty,mission,aid,energy,diplomacy,conflict/);
});

test('controls are thumb-sized on a touch screen', async ({ page }) => {
	await openView(page);
	await page.getByText('Link types and years').tap();
	const targets = page.locator(
		'main button:visible, fieldset label:visible, input[type="range"], summary'
	);
	const heights = await targets.evaluateAll((els) =>
		els.map((e) => e.getBoundingClientRect().height)
	);
	expect(heights.length).toBeGreaterThan(15);
	for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
});

for (const width of [360, 390, 430]) {
	test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openView(page, '?focus=ARM');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
		).toBeLessThanOrEqual(0);
	});
}

import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/data/types';

/** The dataset the built site serves: what its pages were built from. */
export async function builtDataset(request: APIRequestContext): Promise<Dataset> {
	return (await request.get('/data/ties.json')).json();
}

/** Opens a view and waits until the page has hydrated: earlier hovers would be lost. */
export async function openView(page: Page, query = ''): Promise<string[]> {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`/${query}`);
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	return errors;
}

export const map = (page: Page) => page.locator('[data-view="map"]');
export const chord = (page: Page) => page.locator('[data-view="chord"]');

/**
 * Hovers a point that is really on an SVG shape: the centre of a ribbon's or arc's bounding box
 * usually lies on something else.
 */
export async function hoverOnShape(page: Page, shape: Locator): Promise<void> {
	// A shape that is still easing to its place would not be where it was measured.
	await expect.poll(() => shape.evaluate((element) => element.getAnimations().length)).toBe(0);
	const point = await shape.evaluate((element) => {
		const path = element as SVGPathElement;
		const length = path.getTotalLength();
		const matrix = path.getScreenCTM()!;
		for (let k = 1; k < 200; k++) {
			const p = path.getPointAtLength((length * k) / 200);
			const q = new DOMPoint(p.x, p.y).matrixTransform(matrix);
			for (const [dx, dy] of [
				[0, 0],
				[2, 0],
				[-2, 0],
				[0, 2],
				[0, -2]
			]) {
				if (document.elementFromPoint(q.x + dx!, q.y + dy!) === element)
					return { x: q.x + dx!, y: q.y + dy! };
			}
		}
		return null;
	});
	if (!point) throw new Error('no visible point on the shape to hover');
	// Arrive, then settle on the point, as a hand does: the last move is the one read.
	await page.mouse.move(point.x, point.y);
	await page.mouse.move(point.x + 0.5, point.y);
}

/** Opens the "Share and download" menu and waits for its panel. */
export async function openShareMenu(page: Page): Promise<void> {
	await page.getByText('Share and download').click();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
}

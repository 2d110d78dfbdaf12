import { expect, type Page } from '@playwright/test';

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

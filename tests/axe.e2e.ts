import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openView } from './helpers';

// axe reads every element, the lit layers' hidden ones too: on a busy 2-core machine a pinned
// view takes it past the default 30 s.
test.describe.configure({ timeout: 60_000 });

async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target.join(' ')}`
	);
}

test('axe finds nothing on the default view', async ({ page }) => {
	await openView(page);
	expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on a focused view', async ({ page }) => {
	await openView(page, '?types=arms,mission&from=2015&to=2025&focus=ARM');
	expect(await violations(page)).toEqual([]);
});

test('axe finds nothing on the phone layout', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openView(page);
	expect(await violations(page)).toEqual([]);
});

test('axe finds nothing in the dark theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openView(page, '?focus=GEO');
	expect(await violations(page)).toEqual([]);
});

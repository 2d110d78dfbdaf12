import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openShareMenu, openView } from './helpers';

const VIEW = '?types=arms,mission&from=2015&to=2025&focus=ARM';
const NAME = 'caucasus-ties_arms-mission_2015-2025_ARM';

async function download(page: Page, button: string, dir: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const path = `${dir}/${file.suggestedFilename()}`;
	await file.saveAs(path);
	return { name: file.suggestedFilename(), path };
}

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the three downloads of a view: a PNG and an SVG of it as on screen, and a CSV of its links', async ({
	page
}, testInfo) => {
	const dir = testInfo.outputDir;
	await openView(page, VIEW);
	const shown = Number(
		/Showing (\d+) links/.exec((await page.locator('.summary').textContent())!)![1]
	);
	await openShareMenu(page);

	const png = await download(page, 'PNG of this view', dir);
	expect(png.name).toBe(`${NAME}.png`);
	expect(pngSize(png.path)).toEqual([3200, 1800]);
	await expect(page.getByRole('status').filter({ hasText: 'PNG downloaded' })).toBeVisible();

	const svg = await download(page, 'SVG of this view', dir);
	expect(svg.name).toBe(`${NAME}.svg`);
	const text = readFileSync(svg.path, 'utf8');
	expect(text).toContain('Armenia: arms and missions, 2015–2025 - Caucasus Ties');
	expect(text).toContain('Caucasus Ties, data CC BY 4.0');
	expect(text).toContain(`${VIEW.replaceAll('&', '&amp;')}`);
	expect(text).toMatch(/data-source="RUS" data-target="ARM" data-type="(arms|mission)"/);
	// Self-contained: no outside style sheet, font or file, no class left to style.
	expect(text).not.toMatch(/<link|@import|@font-face|url\((?!#)|href="http|class="/);

	const csv = await download(page, 'CSV of this view', dir);
	expect(csv.name).toBe(`${NAME}.csv`);
	const rows = readFileSync(csv.path, 'utf8').trim().split('\r\n');
	expect(rows[0]).toBe(
		'id,type,from,to,parties,start,end,status,title,summary,systems,value,uncertain,sources,source_urls,quantity,ordered,delivered,added,updated'
	);
	expect(rows.length - 1).toBe(shown);
	for (const row of rows.slice(1)) expect(row).toMatch(/^[a-z0-9-]+,(arms|mission),/);

	// The SVG stands on its own, outside the page: open it and look at it.
	const alone = await page.context().newPage();
	await alone.goto(`file://${svg.path}`);
	await expect(alone.locator('svg').first()).toBeVisible();
	// Drawn, not only present: its ribbons have a size of their own outside the page.
	const ribbon = await alone.locator('path[data-source]').first().boundingBox();
	expect(ribbon?.width).toBeGreaterThan(0);
	await alone.close();
});

test('the JSON of a view holds its links, the data version and the view’s address', async ({
	page
}, testInfo) => {
	await openView(page, '?types=energy&from=2006&to=2006');
	await openShareMenu(page);
	const json = await download(page, 'JSON of this view', testInfo.outputDir);
	const data = JSON.parse(readFileSync(json.path, 'utf8'));
	expect(json.name).toBe('caucasus-ties_energy_2006.json');
	expect(new URL(data.view).search).toBe('?types=energy&from=2006&to=2006');
	expect(data.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
	expect(data.links.length).toBeGreaterThan(3);
	for (const link of data.links) expect(link.type).toBe('energy');
});

test('the share menu is reachable by keyboard and gives embed code for an iframe', async ({
	page
}) => {
	await openView(page, '?types=arms&focus=ARM');
	await page.locator('summary', { hasText: 'Share and download' }).focus();
	await page.keyboard.press('Enter');
	const code = page.getByRole('textbox', { name: 'Embed this view' });
	await expect(code).toHaveValue(
		/^<iframe src="http:\/\/localhost:\d+\/embed\?types=arms&focus=ARM" title="Armenia: arms, 1991–2026 - Caucasus Ties"/
	);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

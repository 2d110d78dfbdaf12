import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import type { Link } from '../src/lib/data/types';
import { builtDataset, openView } from './helpers';

/** Where a link leads, from the site's root: prerendered pages write relative addresses. */
const target = (link: Locator) =>
	link.evaluate((a) => {
		const url = new URL((a as HTMLAnchorElement).href);
		return url.pathname + url.search + url.hash;
	});

/** Twenty links spread over the dataset, arms and multi-source ones among them. */
function sample(links: Link[]): Link[] {
	const step = Math.floor(links.length / 20);
	return Array.from({ length: 20 }, (_, i) => links[i * step]!);
}

test('twenty link pages, without JavaScript: facts, every source’s address and a citation', async ({
	browser,
	request
}) => {
	const { links, version } = await builtDataset(request);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const link of sample(links)) {
		await page.goto(`/links/${link.id}`);
		await expect(page).toHaveTitle(`${link.title} - Caucasus Ties`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.title);
		const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
		await expect(sources).toHaveCount(link.sources.length);
		for (const [i, source] of link.sources.entries()) {
			await expect(sources.nth(i).getByRole('link', { name: source.title })).toHaveAttribute(
				'href',
				source.url
			);
			await expect(sources.nth(i)).toContainText(source.publisher);
		}
		const cite = page.getByRole('region', { name: 'Cite this link' });
		// The address is absolute when the build is given the site's origin (VITE_SITE_ORIGIN).
		const text = cite.locator('pre').first();
		await expect(text).toContainText(
			`Caucasus Ties, “${link.title}”, record ${link.id}, data version ${version}, /links/${link.id}, accessed `
		);
		await expect(text).toHaveText(/, accessed \d{4}-\d{2}-\d{2}\.$/);
		await expect(cite.locator('pre').nth(1)).toContainText(`version = {${version}}`);
		await expect(cite.locator('pre').nth(2)).toContainText(`"version": "${version}"`);
		// No copy button that would do nothing without a script.
		await expect(cite.getByRole('button')).toHaveCount(0);
		const parties = page.locator('.parties a');
		expect(
			await parties.evaluateAll((as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			)
		).toEqual(expect.arrayContaining([`/actors/${link.from}`, `/actors/${link.to}`]));
		await expect(page.getByText(`Cite the dataset:`)).toBeVisible();
	}
	await context.close();
});

test('a link page gives the facts, opens the pair on the dashboard, and its JSON', async ({
	page,
	request
}) => {
	const { links, version } = await builtDataset(request);
	const caesar = links.find((l) => l.id === 'fra-arm-caesar-2024')!;
	await page.goto('/links/fra-arm-caesar-2024');
	const facts = page.locator('dl.facts');
	await expect(facts).toContainText('Arms');
	await expect(facts).toContainText('CAESAR');
	await expect(facts).toContainText(version);
	await expect(facts).toContainText(`Added ${caesar.added} Updated ${caesar.updated}`);
	await expect(page.getByText(/^Uncertain:/)).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
		/Caucasus Ties\s*›\s*Links\s*›\s*fra-arm-caesar-2024/
	);
	const open = page.getByRole('link', { name: 'Open on the dashboard' });
	await expect(open).toHaveAttribute('href', '/?from=2024&focus=FRA&with=ARM');
	const json = await (await request.get('/links/fra-arm-caesar-2024.json')).json();
	expect(json).toEqual({ version, link: caesar });
	expect((await request.get('/links/no-such-link')).status()).toBe(404);

	await open.click();
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page.getByRole('region', { name: /France and Armenia: \d+ link/ })).toBeVisible();
});

test('with JavaScript, each citation copies and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/links/fra-arm-caesar-2024');
	const cite = page.getByRole('region', { name: 'Cite this link' });
	const status = cite.getByRole('status');
	for (const format of ['Text', 'BibTeX', 'CSL-JSON']) {
		await cite.getByRole('button', { name: `Copy ${format}` }).click();
		await expect(status).toHaveText(`Copied ${format}.`);
	}
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(JSON.parse(copied)[0]).toMatchObject({ type: 'dataset', title: expect.any(String) });
	const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
	await expect(cite.locator('pre').first()).toContainText(`accessed ${today}.`);
});

test('the dashboard’s pinned pair, an actor page and /links lead to link pages', async ({
	page
}) => {
	await openView(page, '?focus=FRA&with=ARM');
	const card = page.locator('.detail li[data-link="fra-arm-caesar-2024"]');
	expect(await target(card.getByRole('link').first())).toBe('/links/fra-arm-caesar-2024');

	await page.goto('/actors/ARM');
	const listed = page.locator('details.period [data-link] a.title').first();
	expect(await target(listed)).toMatch(/^\/links\/[a-z0-9-]+$/);
	await listed.click();
	await expect(page.getByRole('region', { name: 'Cite this link' })).toBeVisible();

	await page.goto('/links#fra-arm-caesar-2024');
	const row = page.locator('tr#fra-arm-caesar-2024');
	await expect(row).toBeInViewport();
	expect(await target(row.getByRole('link', { name: /CAESAR/ }))).toBe(
		'/links/fra-arm-caesar-2024'
	);
});

test('/changes lists the newest changes with their kind; /changes.xml is an Atom feed of them', async ({
	page,
	request
}) => {
	const { links, version } = await builtDataset(request);
	await page.goto('/changes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Latest additions and corrections'
	);
	await expect(page.locator('.lede')).toContainText(version);
	const newest = [...links].sort((a, b) => (a.updated < b.updated ? 1 : -1))[0]!;
	await expect(page.locator('h2 time').first()).toHaveText(newest.updated);
	const items = page.locator('li[data-link]');
	expect(await items.count()).toBe(Math.min(100, links.length));
	await expect(items.first()).toContainText(/^(Added|Corrected)/);
	expect(await target(items.first().getByRole('link'))).toMatch(/^\/links\/[a-z0-9-]+$/);
	expect(await target(page.locator('link[rel="alternate"][type="application/atom+xml"]'))).toBe(
		'/changes.xml'
	);

	const response = await request.get('/changes.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.querySelector('parsererror')) return null;
		const ns = 'http://www.w3.org/2005/Atom';
		const root = doc.documentElement;
		const own = (el: Element, name: string) =>
			[...el.children].find((c) => c.namespaceURI === ns && c.localName === name);
		return {
			root: root.localName,
			id: own(root, 'id')?.textContent,
			title: own(root, 'title')?.textContent,
			updated: own(root, 'updated')?.textContent,
			self: [...root.children]
				.find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')
				?.getAttribute('href'),
			entries: [...root.children]
				.filter((c) => c.localName === 'entry')
				.map((e) => ({
					id: own(e, 'id')?.textContent,
					title: own(e, 'title')?.textContent,
					link: own(e, 'link')?.getAttribute('href'),
					updated: own(e, 'updated')?.textContent
				}))
		};
	}, xml);
	expect(feed).not.toBeNull();
	expect(feed!.root).toBe('feed');
	expect(feed!.id).toBe('urn:caucasus-ties:changes');
	expect(feed!.title).toContain('Caucasus Ties');
	expect(feed!.updated).toBe(`${newest.updated}T00:00:00Z`);
	expect(feed!.self).toMatch(/\/changes\.xml$/);
	expect(feed!.entries).toHaveLength(Math.min(100, links.length));
	for (const entry of feed!.entries) {
		expect(entry.id).toMatch(/^urn:caucasus-ties:link:[a-z0-9-]+$/);
		expect(entry.title).toMatch(/^(Added|Corrected): ./);
		expect(entry.link).toBe(`/links/${entry.id!.split(':').at(-1)}`);
		expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
	}
});

test('the data package describes the CSV’s header, with the data’s version', async ({
	request
}) => {
	const { version } = await builtDataset(request);
	const pkg = await (await request.get('/data/datapackage.json')).json();
	expect(pkg.version).toBe(version);
	const header = (await (await request.get('/data/ties.csv')).text()).split('\r\n')[0]!;
	expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(
		header
	);
});

for (const path of ['/links/fra-arm-caesar-2024', '/changes'])
	test(`${path} has no accessibility violation and a link preview`, async ({ page, request }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		const html = await (await request.get(path)).text();
		expect(html).toMatch(/<html lang="en">/);
		expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/);
		const image = /<meta property="og:image" content="(\/og\/[^"]+\.png)">/.exec(html)?.[1];
		expect(image).toBe(
			path === '/changes' ? '/og/dashboard.png' : '/og/links/fra-arm-caesar-2024.png'
		);
		const png = Buffer.from(await (await request.get(image!)).body());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

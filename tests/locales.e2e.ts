import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const LOCALES = ['hy', 'az', 'ka', 'ru'] as const;
type Catalogue = Record<string, unknown>;
const catalogue = (locale: string): Catalogue =>
	JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
const english = catalogue('en');

/**
 * The English interface's words a page in `locale` must not show: each English message's text
 * between its parameters, where the locale's message differs (a name like "Caucasus Ties" is the
 * same in every language) and the piece is long enough to be words, not a code.
 */
function englishPieces(locale: string): string[] {
	const local = catalogue(locale);
	const pieces = new Set<string>();
	for (const [key, value] of Object.entries(english)) {
		if (key.startsWith('$') || typeof value !== 'string' || value === local[key]) continue;
		for (const piece of value.split(/\{[^}]*\}/)) {
			const words = piece.trim().replace(/^[\s,.:;·()-]+|[\s,.:;·()-]+$/g, '');
			if (words.length >= 10 && /\s/.test(words)) pieces.add(words);
		}
	}
	return [...pieces];
}

const PAGES = ['/', '/embed', '/actors/GEO', '/actors', '/links', '/changes'];

for (const locale of LOCALES) {
	test.describe(`${locale} pages without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		for (const path of PAGES) {
			test(`${path} reads in ${locale}, with its alternates and a switch that keeps the path`, async ({
				page
			}) => {
				await page.goto(`/${locale}${path}`);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				// Visible text, less what comes from elsewhere: source titles and links' records.
				const text = await page.evaluate(() => {
					const body = document.body.cloneNode(true) as HTMLElement;
					const quoted = '[lang="en"], code, pre, .sources, td:last-child, script, style';
					for (const el of body.querySelectorAll(quoted)) el.remove();
					return (body.textContent ?? '').replace(/\s+/g, ' ');
				});
				const found = englishPieces(locale).filter((piece) => text.includes(piece));
				expect(found, `English interface text on /${locale}${path}`).toEqual([]);
				for (const l of ['en', ...LOCALES]) {
					const href = l === 'en' ? path : `/${l}${path}`;
					await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
						'href',
						href
					);
					const link = page.locator(`.lang-switch a[hreflang="${l}"]`);
					await expect(link).toHaveAttribute('href', href);
					await expect(link).toHaveAttribute('lang', l);
				}
				await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
					'href',
					path
				);
			});
		}
	});
}

test('the Azerbaijani pages write its Latin letters ə, ğ, ı, ş', async ({ page }) => {
	await page.goto('/az/actors/AZE');
	const text = await page.locator('body').innerText();
	for (const letter of ['ə', 'ğ', 'ı', 'ş']) expect(text).toContain(letter);
});

test('the unprefixed pages stay English and link every locale', async ({ page }) => {
	await page.goto('/actors/ARM');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.lang-switch a[hreflang="ru"]')).toHaveAttribute(
		'href',
		'/ru/actors/ARM'
	);
	await page.locator('.lang-switch a[hreflang="ka"]').click();
	await expect(page).toHaveURL(/\/ka\/actors\/ARM$/);
	await expect(page.locator('h1')).toHaveText('სომხეთი');
});

test('a link page marks its machine translation and keeps the English one click away', async ({
	page
}) => {
	await page.goto('/ru/links/fra-arm-caesar-2024');
	const mark = page.locator('details.machine');
	await expect(mark).toBeVisible();
	await mark.locator('summary').click();
	await expect(mark.locator('[lang="en"]')).toBeVisible();
	// The data downloads stay unprefixed and English.
	await expect(page.locator('a[href="/links/fra-arm-caesar-2024.json"]')).toBeVisible();
});

for (const locale of ['ka', 'hy'] as const) {
	for (const path of ['/?focus=GEO', '/actors/GEO', '/links/fra-arm-caesar-2024', '/changes']) {
		test(`/${locale}${path} at 360 px: axe clean, no sideways scroll`, async ({ page }) => {
			// axe reads the dashboard's hidden lit layers too: on a busy machine past 30 s.
			test.setTimeout(60_000);
			await page.setViewportSize({ width: 360, height: 780 });
			await page.goto(`/${locale}${path}`);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
}

test('on the dashboard the switch keeps the view, and the view keeps its locale', async ({
	page
}) => {
	await page.goto('/?types=arms&focus=ARM');
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	const russian = page.locator('.lang-switch a[hreflang="ru"]');
	await expect(russian).toHaveAttribute('href', '/ru/?types=arms&focus=ARM');
	await russian.click();
	await expect(page).toHaveURL(/\/ru\/\?types=arms&focus=ARM$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('.toggles legend')).toHaveText('Типы связей');
	await expect(page.locator('.toggles')).toContainText('Вооружения');
	await expect(page.locator('.lang-switch a[hreflang="ka"]')).toHaveAttribute(
		'href',
		'/ka/?types=arms&focus=ARM'
	);
});

test('the Russian dashboard, once it runs, reads in Russian: panels, table, notice, share panel', async ({
	page
}) => {
	await page.goto('/ru/?focus=ARM&with=RUS&types=arms,bananas');
	await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('[data-notice]')).toContainText('пропущен неизвестный тип связей');
	const panel = page.locator('.detail');
	await expect(panel.locator('h2')).toHaveText(/^Армения и Россия: \d+ связ/);
	// Its link texts from the Russian file, each marked as a machine draft with the English near.
	const card = panel.locator('li[data-link]').first();
	await expect(card.locator('h5 a')).toHaveText(/[а-яё]/i);
	await expect(card.locator('.machine a')).toHaveAttribute('hreflang', 'en');
	await expect(page.locator('#links-table')).toContainText('Поиск связей');
	await page.getByText('Поделиться и скачать').click();
	await expect(page.getByRole('button', { name: 'PNG этого вида' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Встроить этот вид' })).toHaveValue(
		/src="http:\/\/localhost:\d+\/ru\/embed\?/
	);
	const text = await page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		const quoted = '[lang="en"], [hreflang="en"], code, .sources, script, style';
		for (const el of body.querySelectorAll(quoted)) el.remove();
		return (body.textContent ?? '').replace(/\s+/g, ' ');
	});
	expect(englishPieces('ru').filter((piece) => text.includes(piece))).toEqual([]);
});

for (const locale of ['en', 'hy', 'ka', 'ru'] as const) {
	test(`/${locale === 'en' ? '' : `${locale}/`} at 1366 px: each type's toggle and "only" stay inside the filters, each count on one line`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(locale === 'en' ? '/' : `/${locale}/`);
		// A count is a flex item: broken between its digits, it is one box two lines high.
		const lines = await page
			.locator('.toggles .count')
			.evaluateAll((els) =>
				els.map((el) =>
					Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize))
				)
			);
		expect(lines).toEqual([1, 1, 1, 1, 1, 1, 1]);
		const filters = (await page.locator('.controls').boundingBox())!;
		const onlys = page.locator('.toggles .only');
		await expect(onlys).toHaveCount(7);
		for (const box of await onlys.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
		))
			expect(box.right).toBeLessThanOrEqual(filters.x + filters.width + 0.5);
	});
}

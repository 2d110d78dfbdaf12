import { chromium } from '@playwright/test';
const [, , base, ...specs] = process.argv;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox']
});
for (const spec of specs) {
	const [path, w, h, out, full] = spec.split('|');
	const page = await browser.newPage({ viewport: { width: +w, height: +h } });
	await page.goto(base + path);
	await page.waitForTimeout(1500);
	await page.screenshot({ path: out, fullPage: full === 'full' });
	await page.close();
}
await browser.close();

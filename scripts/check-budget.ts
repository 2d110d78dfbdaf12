/**
 * Fails when the built first view's JavaScript or the geography outgrows its budget, in every
 * locale's dashboard, when the English dashboard's HTML outgrows its own, or when a locale's
 * dashboard HTML grows past 110% of the English one's. Run after the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, firstViewScripts, HTML_GROWTH } from './budget';

const build = new URL('../build/', import.meta.url).pathname;
const gz = (file: string) => gzipSync(readFileSync(join(build, file)), { level: 9 }).length;
const LOCALE_PAGES = {
	en: 'index.html',
	hy: 'hy/index.html',
	az: 'az/index.html',
	ka: 'ka/index.html',
	ru: 'ru/index.html'
};

let over = false;
function report(name: string, bytes: number, budget: number, unit = 'gzipped') {
	const ok = bytes <= budget;
	over ||= !ok;
	console.log(
		`${ok ? 'ok  ' : 'OVER'} ${name}: ${bytes} B ${unit}, ${(bytes / 1024).toFixed(1)} KB (budget ${budget} B)`
	);
}

const englishHtml = gz(LOCALE_PAGES.en);
report('html (en)', englishHtml, BUDGETS.html);
for (const [locale, page] of Object.entries(LOCALE_PAGES)) {
	const html = readFileSync(join(build, page), 'utf8');
	// Script paths are relative to the page: resolve them from the build's root.
	const scripts = firstViewScripts(html).map((src) => src.replace(/^(\.\.\/)+/, ''));
	if (scripts.length === 0) {
		console.error(
			`No first-view scripts found in build/${page}: the check cannot measure anything.`
		);
		process.exit(1);
	}
	report(
		`firstViewJs (${locale})`,
		scripts.reduce((sum, file) => sum + gz(file), 0),
		BUDGETS.firstViewJs
	);
	if (locale !== 'en')
		report(
			`html (${locale}, vs en ${englishHtml} B)`,
			gz(page),
			Math.floor(englishHtml * HTML_GROWTH)
		);
}
report('geography', gz('geo/region.json'), BUDGETS.geography);
if (over) process.exit(1);

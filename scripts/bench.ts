/**
 * npm run bench [-- --synthetic 10000] [--runs 5] [--no-lighthouse]
 *
 * Builds the site (or a variant with a synthetic dataset), serves it gzipped on loopback, and
 * drives it in headless Chromium at 1x and 4x CPU throttling: bytes the first view loads, paint
 * and layout-shift metrics, total blocking time, hover latency over 60+ hovers, the paint and
 * raster time a hover costs (from a Chromium trace), the interaction latency (Event Timing) of a
 * type toggle, a year change and a pin, and DOM size. Then Lighthouse, mobile and desktop presets,
 * on the same Chromium. Prints medians of the runs, checks them against the budgets, and writes
 * bench/results.json (or bench/results-synthetic-N.json).
 */
import { execSync, type StdioOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from './browser-path';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SYNTHETIC = option('synthetic', 0);
const RUNS = option('runs', 5);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
/** Hovers traced to measure what a hover costs in paint and raster. */
const TRACED_HOVERS = 24;
const HOVERS = 64;
const root = new URL('..', import.meta.url).pathname;
const buildDir = SYNTHETIC ? join(root, `bench/build-synthetic-${SYNTHETIC}`) : join(root, 'build');

/**
 * Builds the site as it is deployed: with its origin (here the loopback server's), which gives
 * the alternates, the preview images and the citations absolute addresses.
 */
function build(origin: string) {
	console.log(SYNTHETIC ? `Building with ${SYNTHETIC} synthetic links…` : 'Building…');
	const env = {
		...process.env,
		BUILD_DIR: buildDir,
		VITE_SITE_ORIGIN: origin,
		...(SYNTHETIC ? { BENCH_SYNTHETIC_LINKS: String(SYNTHETIC) } : {})
	};
	const stdio: StdioOptions = ['ignore', 'ignore', 'inherit'];
	if (!SYNTHETIC) return execSync('npm run build --silent', { cwd: root, env, stdio });
	// The synthetic site: the same build with its own dataset module (see its configuration).
	execSync('npm run prebuild --silent', { cwd: root, env, stdio });
	execSync('npx vite build --config scripts/bench-synthetic.config.ts', { cwd: root, env, stdio });
}

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv'
};

/** A static server that gzips, as a CDN would, so transfer sizes are real. */
function serve(dir: string): Promise<Server> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		const body = gzipSync(readFileSync(file), { level: 9 });
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-encoding': 'gzip',
			'content-length': body.length,
			'cache-control': 'no-store'
		});
		res.end(body);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type Sample = Record<string, number>;

const percentile = (xs: number[], p: number) => {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const median = (xs: number[]) => percentile(xs, 50);

/** Installed before the page's scripts: collects paint, shift, long-task, event and hover timings. */
const INSTRUMENT = () => {
	const w = window as unknown as Record<string, unknown>;
	const m = {
		lcp: 0,
		cls: 0,
		longTasks: [] as [number, number][],
		events: [] as [string, number][],
		hovers: [] as number[],
		hydratedAt: Infinity
	};
	w.__bench = m;
	new PerformanceObserver((l) => l.getEntries().forEach((e) => (m.lcp = e.startTime))).observe({
		type: 'largest-contentful-paint',
		buffered: true
	});
	new PerformanceObserver((l) =>
		l.getEntries().forEach((e) => {
			const s = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
			if (!s.hadRecentInput) m.cls += s.value;
		})
	).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((l) =>
		l.getEntries().forEach((e) => m.longTasks.push([e.startTime, e.duration]))
	).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((l) =>
		l.getEntries().forEach((e) => m.events.push([e.name, e.duration]))
	).observe({
		type: 'event',
		buffered: true,
		durationThreshold: 16
	} as PerformanceObserverInit);
	new MutationObserver((_, observer) => {
		if (!document.querySelector('main[data-hydrated="true"]')) return;
		m.hydratedAt = performance.now();
		observer.disconnect();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
	document.addEventListener(
		'pointerover',
		(e) => {
			if (!(e.target as Element).closest?.('[data-actor]')) return;
			const t0 = performance.now();
			requestAnimationFrame(() => setTimeout(() => m.hovers.push(performance.now() - t0), 0));
		},
		true
	);
};

/**
 * Bytes by kind, raw and gzipped, from Resource Timing. What was requested before the page
 * hydrated is the first view's; what it fetches afterwards (the links' details, the code of the
 * table and tooltips) is counted apart, as `later...`.
 */
const firstViewAndLaterBytes = () => {
	const hydratedAt = (window as unknown as { __bench: { hydratedAt: number } }).__bench.hydratedAt;
	const kinds = ['html', 'css', 'js', 'geo', 'data', 'other'];
	// Every kind in every run, so medians over runs never miss one.
	const bytes: Record<string, [number, number]> = Object.fromEntries(
		kinds.flatMap((k) => [
			[k, [0, 0]],
			[`later${k[0]!.toUpperCase()}${k.slice(1)}`, [0, 0]]
		])
	);
	const entries = [
		...performance.getEntriesByType('navigation'),
		...performance.getEntriesByType('resource')
	] as PerformanceResourceTiming[];
	for (const e of entries) {
		const path = new URL(e.name).pathname;
		const type =
			e.entryType === 'navigation'
				? 'html'
				: path.endsWith('.js')
					? 'js'
					: path.endsWith('.css')
						? 'css'
						: path.includes('/geo/')
							? 'geo'
							: path.endsWith('.json')
								? 'data'
								: 'other';
		const kind = e.startTime > hydratedAt ? `later${type[0]!.toUpperCase()}${type.slice(1)}` : type;
		const [raw, gz] = bytes[kind]!;
		bytes[kind] = [raw + e.decodedBodySize, gz + e.encodedBodySize];
	}
	return bytes;
};

async function interaction(page: Page, act: () => Promise<void>): Promise<number> {
	await page.evaluate(
		() => ((window as unknown as { __bench: { events: unknown[] } }).__bench.events = [])
	);
	await act();
	await page.waitForTimeout(300);
	const events = await page.evaluate(
		() => (window as unknown as { __bench: { events: [string, number][] } }).__bench.events
	);
	// Event Timing reports only events of 16 ms or more: none means the interaction took less.
	return Math.max(0, ...events.map(([, d]) => d));
}

async function measure(browser: Browser, url: string, rate: number): Promise<Sample> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.addInitScript(INSTRUMENT);
	await page.goto(url, { waitUntil: 'load' });
	await page.locator('main[data-hydrated="true"]').waitFor();
	await page.waitForTimeout(1000);
	const bytes = await page.evaluate(firstViewAndLaterBytes);
	const vitals = await page.evaluate(() => {
		const m = (
			window as unknown as { __bench: { lcp: number; cls: number; longTasks: [number, number][] } }
		).__bench;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const tbt = m.longTasks
			.filter(([start]) => start >= fcp)
			.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
		return {
			fcp,
			lcp: m.lcp,
			cls: m.cls,
			tbt,
			domNodes: document.getElementsByTagName('*').length,
			svgPaths: document.querySelectorAll('svg path').length
		};
	});

	const targets = page.locator(
		'[data-view="map"] [data-actor], [data-view="chord"] g[data-actor] text'
	);
	const count = await targets.count();
	for (let k = 0; k < HOVERS; k++)
		await targets.nth((k * 7) % count).hover({ force: true, timeout: 5000 });
	await page.waitForTimeout(200);
	const hovers = await page.evaluate(
		() => (window as unknown as { __bench: { hovers: number[] } }).__bench.hovers
	);
	const { paint, raster } = await traced(cdp, async () => {
		for (let k = 0; k < TRACED_HOVERS; k++)
			await targets.nth((k * 11 + 3) % count).hover({ force: true, timeout: 5000 });
		await page.waitForTimeout(200);
	});

	const toggle = await interaction(page, () =>
		page.getByRole('checkbox', { name: 'Diplomacy', exact: true }).click()
	);
	const range = await interaction(page, async () => {
		await page.getByRole('slider', { name: 'From' }).focus();
		await page.keyboard.press('ArrowRight');
	});
	const pin = await interaction(page, () =>
		page.locator('[data-view="map"] [data-actor="ARM"]').click({ force: true })
	);
	await context.close();
	return {
		...Object.fromEntries(
			Object.entries(bytes).flatMap(([k, [raw, gz]]) => [
				[`${k}Raw`, raw],
				[`${k}Gzip`, gz]
			])
		),
		...vitals,
		hoverP50: percentile(hovers, 50),
		hoverP95: percentile(hovers, 95),
		hoverCount: hovers.length,
		paintPerHover: paint / TRACED_HOVERS,
		rasterPerHover: raster / TRACED_HOVERS,
		toggle,
		range,
		pin
	};
}

/**
 * Runs `act` under a Chromium trace and sums what it cost to paint (recording the display list,
 * on the main thread) and to raster (turning it into pixels, in software here), in ms.
 */
async function traced(cdp: CDPSession, act: () => Promise<void>) {
	const events: { name: string; dur?: number }[] = [];
	cdp.on('Tracing.dataCollected', ({ value }) =>
		events.push(...(value as unknown as typeof events))
	);
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
		transferMode: 'ReportEvents'
	});
	await act();
	await cdp.send('Tracing.end');
	await done;
	const sum = (names: string[]) =>
		events.filter((e) => names.includes(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
	return { paint: sum(['Paint', 'PaintImage']), raster: sum(['RasterTask']) };
}

/** Lighthouse's category scores and lab metrics for the page, with a preset's settings. */
async function lighthouseRun(url: string, preset: 'mobile' | 'desktop'): Promise<Sample> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking'
		]
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error' },
			preset === 'desktop' ? desktopConfig : undefined
		);
		const lhr = result!.lhr;
		const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcp: metric('first-contentful-paint'),
			lcp: metric('largest-contentful-paint'),
			tbt: metric('total-blocking-time'),
			cls: metric('cumulative-layout-shift'),
			speedIndex: metric('speed-index')
		};
	} finally {
		chrome.kill();
	}
}

/** The budgets of the performance issue (the state and interactions), and whether the medians meet them. */
function budgets(
	results: Record<string, Sample>
): Record<string, { value: number; budget: number; met: boolean }> {
	const check = (value: number, budget: number) => ({ value, budget, met: value <= budget });
	const one = results['cpu 1x']!;
	if (SYNTHETIC)
		return {
			'hover p95 (1x)': check(one.hoverP95!, 16),
			'toggle (1x)': check(one.toggle!, 100),
			'year step (1x)': check(one.range!, 100),
			'pin (1x)': check(one.pin!, 100),
			'HTML, gzipped': check(one.htmlGzip!, 25 * 1024)
		};
	const r = results['cpu 4x']!;
	return {
		'hover p50 (4x)': check(r.hoverP50!, 16),
		'hover p95 (4x)': check(r.hoverP95!, 25),
		'hover p95 (1x)': check(one.hoverP95!, 16),
		'toggle (4x)': check(r.toggle!, 100),
		'year step (4x)': check(r.range!, 100),
		'pin (4x)': check(r.pin!, 100),
		'total blocking time (4x)': check(r.tbt!, 150),
		'LCP (4x)': check(r.lcp!, 800),
		'first-view JS, gzipped': check(r.jsGzip!, 51.2 * 1024),
		'HTML, gzipped': check(r.htmlGzip!, 25 * 1024)
	};
}

function table(rows: Record<string, Sample>) {
	const keys = Object.keys(Object.values(rows)[0] ?? {});
	const cols = Object.keys(rows);
	const fmt = (v: number) =>
		Number.isFinite(v)
			? Math.abs(v) < 10 && v % 1
				? v.toFixed(3)
				: Math.round(v).toString()
			: '-';
	console.log(['metric'.padEnd(14), ...cols.map((c) => c.padStart(12))].join(''));
	for (const key of keys)
		console.log([key.padEnd(14), ...cols.map((c) => fmt(rows[c]![key]!).padStart(12))].join(''));
}

// The server reads each file as it is asked for, so it may start before the build it serves.
const server = await serve(buildDir);
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
build(url.slice(0, -1));
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const results: Record<string, Sample> = {};
try {
	for (const rate of [1, 4]) {
		const runs: Sample[] = [];
		for (let r = 0; r < RUNS; r++) runs.push(await measure(browser, url, rate));
		results[`cpu ${rate}x`] = Object.fromEntries(
			Object.keys(runs[0]!).map((k) => [k, median(runs.map((s) => s[k]!))])
		);
	}
} finally {
	await browser.close();
}
const lighthouseResults: Record<string, Sample> = {};
try {
	if (LIGHTHOUSE && !SYNTHETIC)
		for (const preset of ['mobile', 'desktop'] as const)
			lighthouseResults[preset] = await lighthouseRun(url, preset);
} finally {
	server.close();
}

table(results);
if (Object.keys(lighthouseResults).length > 0) {
	console.log('\nLighthouse');
	table(lighthouseResults);
}
const checked = budgets(results);
console.log('\nBudgets');
for (const [name, { value, budget, met }] of Object.entries(checked))
	console.log(`${met ? 'met ' : 'MISS'} ${name}: ${Math.round(value)} (budget ${budget})`);
const machine = {
	cpu: cpus()[0]?.model ?? 'unknown',
	cores: cpus().length,
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	os: `${osType()} ${release()}`,
	node: process.version,
	chromium: execSync(`${chromiumPath} --version`).toString().trim()
};
mkdirSync(join(root, 'bench'), { recursive: true });
const out = join(root, 'bench', SYNTHETIC ? `results-synthetic-${SYNTHETIC}.json` : 'results.json');
writeFileSync(
	out,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			dataset: SYNTHETIC ? `synthetic ${SYNTHETIC} links` : 'real',
			runs: RUNS,
			hovers: HOVERS,
			machine,
			results,
			lighthouse: lighthouseResults,
			budgets: checked
		},
		null,
		2
	) + '\n'
);
console.log(`Wrote ${out.replace(root, '')}`);

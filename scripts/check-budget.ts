/** Fails when the built first view's JavaScript or the geography outgrows its budget. Run after the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, firstViewScripts } from './budget';

const build = new URL('../build/', import.meta.url).pathname;
const gz = (file: string) => gzipSync(readFileSync(join(build, file)), { level: 9 }).length;

const scripts = firstViewScripts(readFileSync(join(build, 'index.html'), 'utf8'));
const measured = {
	firstViewJs: scripts.reduce((sum, file) => sum + gz(file), 0),
	geography: gz('geo/region.json')
};
let over = false;
for (const [name, bytes] of Object.entries(measured) as [keyof typeof BUDGETS, number][]) {
	const budget = BUDGETS[name];
	const ok = bytes <= budget;
	over ||= !ok;
	console.log(
		`${ok ? 'ok  ' : 'OVER'} ${name}: ${bytes} B gzipped, ${(bytes / 1024).toFixed(1)} KB (budget ${budget} B)`
	);
}
if (scripts.length === 0) {
	console.error(
		'No first-view scripts found in build/index.html: the check cannot measure anything.'
	);
	process.exit(1);
}
if (over) process.exit(1);

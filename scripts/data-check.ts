/**
 * `npm run data:check`: reads and checks every data file, and prints every problem with its
 * file, field and bad value. Exits 1 when there is any. Then says, per locale, how many links
 * lack a translation and which translations are stale (the pages show the English, marked);
 * `--missing` lists the links that lack one.
 */
import { loadDataset } from '../src/lib/server/data-files';
import { formatProblem } from '../src/lib/data/validate';

const started = performance.now();
const loaded = loadDataset(process.cwd());
const { dataset, problems } = loaded;
if (!dataset) {
	console.error(`The data files have ${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`Data ${dataset.version}: ${dataset.links.length} links, ${dataset.actors.length} actors, ${dataset.publishers.length} publishers, all valid (${seconds} s).`
);
if (loaded.dataset) {
	const { missing, stale } = loaded.locales.notices;
	const listMissing = process.argv.includes('--missing');
	for (const [locale, ids] of Object.entries(missing)) {
		const staleHere = stale.filter((p) => p.file.startsWith(`data/i18n/${locale}/`));
		console.log(
			`Translations ${locale}: ${ids.length} missing, ${staleHere.length} stale field(s).`
		);
		for (const problem of staleHere) console.log(`  ${formatProblem(problem)}`);
		if (listMissing)
			for (const id of ids) console.log(`  data/i18n/${locale}/${id}.yaml: is missing`);
	}
}

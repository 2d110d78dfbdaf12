/**
 * `npm run data:i18n -- <locale> [count]`: the next links whose translation into `locale` is
 * missing or stale, with their English texts and the hashes a translation records in `of`, as
 * YAML to translate: the file to write, then the fields.
 */
import { stringify } from 'yaml';
import { englishHashes, TRANSLATED_FIELDS } from '../src/lib/data/translations';
import { formatProblem } from '../src/lib/data/validate';
import { TRANSLATED_LOCALES } from '../src/lib/data/vocabulary';
import { loadDataset } from '../src/lib/server/data-files';

const [locale, count = '20'] = process.argv.slice(2);
if (!(TRANSLATED_LOCALES as readonly string[]).includes(locale ?? '')) {
	console.error(`Usage: npm run data:i18n -- <${TRANSLATED_LOCALES.join('|')}> [count]`);
	process.exit(2);
}
const loaded = loadDataset(process.cwd());
if (!loaded.dataset) {
	for (const problem of loaded.problems) console.error(formatProblem(problem));
	process.exit(1);
}
const { missing, stale } = loaded.locales.notices;
const staleIds = stale
	.filter((p) => p.file.startsWith(`data/i18n/${locale}/`))
	.map((p) => p.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
const todo = [...new Set([...staleIds, ...missing[locale as keyof typeof missing]])].slice(
	0,
	Number(count)
);
const links = new Map(loaded.dataset.links.map((l) => [l.id, l]));
for (const id of todo) {
	const link = links.get(id)!;
	const english = Object.fromEntries(
		TRANSLATED_FIELDS.filter((f) => link[f] !== undefined).map((f) => [f, link[f]])
	);
	console.log(`# data/i18n/${locale}/${id}.yaml`);
	console.log(stringify({ ...english, of: englishHashes(link) }, { lineWidth: 100 }));
}
console.log(
	`# ${todo.length} of ${missing[locale as keyof typeof missing].length + staleIds.length} to do`
);

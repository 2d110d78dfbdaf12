/**
 * Writes CITATION.cff at the repository's root with the data's version and date (see
 * src/lib/cite/cff.ts). Runs before every build; `npm run data:cite` runs it alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { citationCff } from '../src/lib/cite/cff';
import { loadDataset } from '../src/lib/server/data-files';

const { dataset, problems } = loadDataset(process.cwd());
if (!dataset) {
	console.error(`The data has ${problems.length} problem(s): run npm run data:check.`);
	process.exit(1);
}
const text = citationCff(dataset.version);
let before = '';
try {
	before = readFileSync('CITATION.cff', 'utf8');
} catch {
	// Not written yet.
}
if (before !== text) writeFileSync('CITATION.cff', text);
console.log(
	`CITATION.cff: version ${dataset.version}${before === text ? ', unchanged' : ', written'}.`
);

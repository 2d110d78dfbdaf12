/**
 * `npm run data:check`: reads and checks every data file, and prints every problem with its
 * file, field and bad value. Exits 1 when there is any.
 */
import { loadDataset } from '../src/lib/server/data-files';
import { formatProblem } from '../src/lib/data/validate';

const started = performance.now();
const { dataset, problems } = loadDataset(process.cwd());
if (!dataset) {
	console.error(`The data files have ${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`Data ${dataset.version}: ${dataset.links.length} links, ${dataset.actors.length} actors, ${dataset.publishers.length} publishers, all valid (${seconds} s).`
);

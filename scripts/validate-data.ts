/** Fails the build with every problem in the dataset, each with its link id and field. */
import { REAL_DATASET as DATASET } from '../src/lib/data/real';
import { formatProblem, validateLinks } from '../src/lib/data/validate';

const problems = validateLinks(DATASET.links, DATASET.actors);
if (problems.length > 0) {
	console.error(`The dataset has ${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
console.log(`Dataset ${DATASET.version}: ${DATASET.links.length} links, all valid.`);

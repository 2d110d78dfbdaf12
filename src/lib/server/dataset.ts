import { syntheticDataset } from '../data/synthetic';
import type { Dataset } from '../data/types';
import { formatProblem } from '../data/validate';
import { loadDataset } from './data-files';

/** The dataset of the data files; the build stops here, naming every problem, if they have any. */
function realDataset(): Dataset {
	const { dataset, problems } = loadDataset(process.cwd());
	if (!dataset)
		throw new Error(
			`The data files have ${problems.length} problem(s); run npm run data:check:\n${problems.map(formatProblem).join('\n')}`
		);
	return dataset;
}

/**
 * The dataset the site is built from, read only at build time (prerendering): the pages get what
 * they draw as data, never the dataset as JavaScript. It is the real one, or, in a build made with
 * VITE_SYNTHETIC_LINKS=N for the benchmark, a synthetic one of N links around the real actors.
 */
export const DATASET: Dataset = import.meta.env.VITE_SYNTHETIC_LINKS
	? syntheticDataset(Number(import.meta.env.VITE_SYNTHETIC_LINKS), realDataset())
	: realDataset();

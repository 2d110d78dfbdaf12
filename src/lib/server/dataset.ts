import type { Dataset } from '../data/types';
import { formatProblem } from '../data/validate';
import { loadDataset } from './data-files';

/** The dataset of the data files; the build stops here, naming every problem, if they have any. */
export function realDataset(): Dataset {
	const { dataset, problems } = loadDataset(process.cwd());
	if (!dataset)
		throw new Error(
			`The data files have ${problems.length} problem(s); run npm run data:check:\n${problems.map(formatProblem).join('\n')}`
		);
	return dataset;
}

/**
 * The dataset the site is built from, read only at build time (prerendering): the pages get what
 * they draw as data, never the dataset as JavaScript. (The benchmark builds its synthetic site
 * with its own configuration, scripts/bench-synthetic.config.ts, which puts another module here.)
 */
export const DATASET: Dataset = realDataset();

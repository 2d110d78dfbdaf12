import type { ChronologyFile } from '../data/schema';
import type { Dataset } from '../data/types';
import { formatProblem } from '../data/validate';
import { loadDataset } from './data-files';

/** The data files' records; the build stops here, naming every problem, if they have any. */
function loadRecords(): Extract<ReturnType<typeof loadDataset>, { dataset: Dataset }> {
	const loaded = loadDataset(process.cwd());
	if (!loaded.dataset)
		throw new Error(
			`The data files have ${loaded.problems.length} problem(s); run npm run data:check:\n${loaded.problems.map(formatProblem).join('\n')}`
		);
	return loaded;
}
const RECORDS = loadRecords();

/** The links' titles, summaries and uncertainties in each locale (`data/i18n/`). */
export const TRANSLATIONS = RECORDS.locales.translations;

/**
 * The reference chronologies of `data/coverage/`, read at build time: they measure how well each
 * span of years is recorded.
 */
export const CHRONOLOGIES: ChronologyFile[] = RECORDS.chronologies.map((r) => r.chronology);

/**
 * The dataset the site is built from, read only at build time (prerendering): the pages get what
 * they draw as data, never the dataset as JavaScript.
 */
export const DATASET: Dataset = RECORDS.dataset;

/**
 * The benchmark's synthetic dataset, in place of src/lib/server/dashboard-dataset.ts in a build
 * made with scripts/bench-synthetic.config.ts: BENCH_SYNTHETIC_LINKS seeded synthetic links around
 * the real actors, for the dashboard's own files. The pages per link and per actor stay the real
 * ones.
 */
import type { Dataset } from '../src/lib/data/types';
import { DATASET } from '../src/lib/server/dataset';
import { syntheticDataset } from '../tests/support/synthetic';

const size = Number(process.env.BENCH_SYNTHETIC_LINKS);
if (!(size > 0)) throw new Error('BENCH_SYNTHETIC_LINKS must be a number of links');

export const DASHBOARD_DATASET: Dataset = syntheticDataset(size, DATASET);

/**
 * The benchmark's synthetic dataset, in place of src/lib/server/dataset.ts in a build made with
 * scripts/bench-synthetic.config.ts: BENCH_SYNTHETIC_LINKS seeded synthetic links around the real
 * actors.
 */
import type { Dataset } from '../src/lib/data/types';
import { realDataset } from '../src/lib/server/dataset';
import { syntheticDataset } from '../tests/support/synthetic';

export { realDataset };

const size = Number(process.env.BENCH_SYNTHETIC_LINKS);
if (!(size > 0)) throw new Error('BENCH_SYNTHETIC_LINKS must be a number of links');

export const DATASET: Dataset = syntheticDataset(size, realDataset());

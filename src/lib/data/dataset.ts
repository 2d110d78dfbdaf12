import { REAL_DATASET } from './real';
import { syntheticDataset } from './synthetic';
import type { Dataset } from './types';

/**
 * The dataset the site is built from, read only at build time (prerendering): the page gets each
 * link's core as data and the rest from the downloads, never the dataset as JavaScript. It is the
 * real one, or, in a build made with VITE_SYNTHETIC_LINKS=N for the benchmark, a synthetic one of
 * N links. Vite replaces the variable at build time, so a normal build holds no synthetic code.
 */
export const DATASET: Dataset = import.meta.env.VITE_SYNTHETIC_LINKS
	? syntheticDataset(Number(import.meta.env.VITE_SYNTHETIC_LINKS))
	: REAL_DATASET;

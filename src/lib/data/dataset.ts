import { REAL_DATASET } from './real';
import { syntheticDataset } from './synthetic';
import type { Dataset } from './types';

/**
 * The dataset the page draws, handed to it by the prerendered server load so that it travels as
 * data in the HTML rather than as JavaScript: the real one, or, in a build made with VITE_SYNTHETIC_LINKS=N for
 * the benchmark, a synthetic one of N links. Vite replaces the variable at build time, so a normal
 * build holds no synthetic code.
 */
export const DATASET: Dataset = import.meta.env.VITE_SYNTHETIC_LINKS
	? syntheticDataset(Number(import.meta.env.VITE_SYNTHETIC_LINKS))
	: REAL_DATASET;

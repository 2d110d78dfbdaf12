import { DATA_VERSION, REAL_DATASET } from './real';
import { syntheticDataset } from './synthetic';
import type { ActorId, Dataset } from './types';

/**
 * The dataset the page draws: the real one, or, in a build made with VITE_SYNTHETIC_LINKS=N for
 * the benchmark, a synthetic one of N links. Vite replaces the variable at build time, so a normal
 * build holds no synthetic code.
 */
export const DATASET: Dataset = import.meta.env.VITE_SYNTHETIC_LINKS
	? syntheticDataset(Number(import.meta.env.VITE_SYNTHETIC_LINKS))
	: REAL_DATASET;

/** The years the dashboard covers: from independence to the data's version. */
export const FIRST_YEAR = 1991;
export const LAST_YEAR = Number(DATA_VERSION.slice(0, 4));

/** Actors in a stable order (the region first, then neighbours, partners and organisations). */
export const ACTOR_ORDER: readonly ActorId[] = DATASET.actors.map((a) => a.id);

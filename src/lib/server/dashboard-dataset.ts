/**
 * The dataset the dashboard's own files are built from (its data file, the links' details it
 * loads, and what the dashboard pages name as their data): the site's dataset. A module of its
 * own so that the benchmark's synthetic build (scripts/bench-synthetic.config.ts) can put its
 * synthetic links here alone, and keep the real pages per link and per actor: fifty thousand
 * synthetic pages would not build.
 */
export { DATASET as DASHBOARD_DATASET } from './dataset';

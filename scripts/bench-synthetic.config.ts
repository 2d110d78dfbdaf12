/**
 * The site's build with a synthetic dataset, for the benchmark alone (`npm run bench --
 * --synthetic N`): the site's own configuration, with src/lib/server/dashboard-dataset.ts (what
 * the dashboard's own files are built from) replaced by scripts/bench-dataset.ts. The site's code
 * has no switch for it.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import site from '../vite.config';

const REAL = fileURLToPath(new URL('../src/lib/server/dashboard-dataset.ts', import.meta.url));
const SYNTHETIC = fileURLToPath(new URL('./bench-dataset.ts', import.meta.url));

const syntheticDataset: Plugin = {
	name: 'bench-synthetic-dataset',
	enforce: 'pre',
	async resolveId(source, importer, options) {
		if (importer === SYNTHETIC) return null;
		const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
		return resolved?.id === REAL ? SYNTHETIC : null;
	}
};

export default mergeConfig(site, { plugins: [syntheticDataset] });

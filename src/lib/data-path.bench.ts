import { bench, describe } from 'vitest';
import { layoutChord } from './chord/layout';
import { buildPairMatrix, MAX_TYPE_RIBBONS, typeCellCount } from './chord/matrix';
import { linkCore } from './data/details';
import { filterLinks } from './data/filter';
import { FIXTURE_ACTORS, FIXTURE_GROUPS } from './data/fixtures';
import { syntheticDataset } from './data/synthetic';
import { LINK_TYPE_IDS } from './data/types';

/** The data path that runs on every filter change, as the page runs it: filter, pair matrix, chord layout. */
const GEOMETRY = { innerRadius: 196, outerRadius: 212, padAngle: 0.012, labelSize: 13 };
const FILTER = { types: new Set(LINK_TYPE_IDS.filter((t) => t !== 'aid')), from: 2000, to: 2020 };

for (const size of [250, 2_500, 25_000]) {
	const dataset = syntheticDataset(size, { actors: FIXTURE_ACTORS, groups: FIXTURE_GROUPS }, 60, 1);
	const links = dataset.links.map(linkCore);
	const order = dataset.actors.map((a) => a.id);
	describe(`${size} links`, () => {
		bench('filter + matrix + layout', () => {
			const matrix = buildPairMatrix(filterLinks(links, FILTER, 2026), order);
			layoutChord(matrix, GEOMETRY, typeCellCount(matrix) > MAX_TYPE_RIBBONS);
		});
	});
}

import { bench, describe } from 'vitest';
import { linkCore } from './data/details';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureMap } from '../../tests/support/fixtures';
import { syntheticDataset } from '../../tests/support/synthetic';
import { LINK_TYPE_IDS } from './data/types';
import { drawView } from './state/stages';

/**
 * The data path that runs on every filter change, as the page runs it: every stage from the view
 * to the drawn items (filter, pair matrix, chord layout, map links, counts).
 */
const VIEW = {
	types: LINK_TYPE_IDS.filter((t) => t !== 'aid'),
	from: 2000,
	to: 2020,
	pinned: null,
	partner: null
};

for (const size of [250, 2_500, 25_000]) {
	const dataset = syntheticDataset(size, { actors: FIXTURE_ACTORS, groups: FIXTURE_GROUPS }, 60, 1);
	const data = {
		links: dataset.links.map(linkCore),
		actors: dataset.actors,
		map: fixtureMap(dataset.actors)
	};
	describe(`${size} links`, () => {
		bench('every stage, view to drawn items', () => {
			drawView(VIEW, data, 2026);
		});
	});
}

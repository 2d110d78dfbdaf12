import { describe, expect, it } from 'vitest';
import { loadDataset } from './data-files';
import { dashboardData, dashboardFile, dashboardPageData } from './dashboard-data';

const dataset = loadDataset(process.cwd()).dataset!;

describe('dashboardFile', () => {
	const file = dashboardFile(dataset);

	it('reads back, as JSON, as the data the page is drawn from, less the actors', () => {
		const { actors, ...shared } = dashboardData(dataset);
		const read = JSON.parse(file.json);
		expect(read).toStrictEqual(JSON.parse(JSON.stringify(shared)));
		expect(read).toEqual(shared);
		expect(read.links).toHaveLength(dataset.links.length);
		expect(actors.length).toBeGreaterThan(40);
	});

	it('is named by its content, so that a new record gets a new name', () => {
		expect(file.hash).toMatch(/^[0-9a-f]{12}$/);
		const fewer = { ...dataset, links: dataset.links.slice(1) };
		expect(dashboardFile(fewer).hash).not.toBe(file.hash);
		expect(dashboardFile(dataset)).toBe(file);
	});

	it('holds no text a locale changes; the page carries its own actors’ names', () => {
		const renamed = {
			...dataset,
			actors: dataset.actors.map((a) => ({ ...a, name: `${a.name}!` }))
		};
		expect(dashboardFile(renamed).json).toBe(file.json);
		const page = dashboardPageData(renamed);
		expect(page.actors.every((a) => a.name.endsWith('!'))).toBe(true);
		expect(page.actors.map((a) => a.id)).toEqual(dashboardData(dataset).actors.map((a) => a.id));
	});
});

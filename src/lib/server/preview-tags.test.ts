import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS, FIXTURE_GROUPS, fixtureLink } from '../../../tests/support/fixtures';
import type { Dataset } from '../data/types';
import { previewOf, previewTags } from './preview-tags';

const DATASET: Dataset = {
	version: '2026-11-27.00000000',
	actors: FIXTURE_ACTORS,
	groups: FIXTURE_GROUPS,
	publishers: [],
	links: [fixtureLink()]
};

describe('previewOf', () => {
	it('speaks the page’s locale, with the locale’s own image on the dashboard and actor pages', () => {
		const preview = previewOf('/actors/FRA', DATASET, 'ru')!;
		expect(preview.title).toBe('Франция: связи во времени - Caucasus Ties');
		expect(preview.description).toContain('1 связь');
		expect(preview.image).toBe('/og/ru/actors/FRA.png');
		expect(previewOf('/links', DATASET, 'ka')?.title).toContain('ყველა კავშირი');
		expect(previewOf('/', DATASET, 'hy')?.image).toBe('/og/hy/dashboard.png');
		expect(previewOf('/embed', DATASET, 'az')?.image).toBe('/og/az/dashboard.png');
	});

	it('gives each page its title, description and image', () => {
		expect(previewOf('/', DATASET)?.image).toBe('/og/dashboard.png');
		expect(previewOf('/actors', DATASET)?.image).toBe('/og/actors.png');
		expect(previewOf('/actors/FRA', DATASET)).toEqual({
			title: 'France’s ties over time - Caucasus Ties',
			description:
				'France: 1 link from 2024 to 2026 with 1 partner, ties in force year by year, what formed and what ended, every link sourced.',
			image: '/og/actors/FRA.png'
		});
	});

	it('gives a link page its title, a description from its facts, and its own image', () => {
		expect(previewOf('/links/fra-arm-caesar-2024', DATASET)).toEqual({
			title: 'France sells CAESAR howitzers to Armenia - Caucasus Ties',
			description:
				'Arms, France and Armenia, 2024-06-18 – ongoing: France agreed to sell CAESAR self-propelled howitzers to Armenia.',
			image: '/og/links/fra-arm-caesar-2024.png'
		});
		expect(previewOf('/links/no-such-link', DATASET)).toBeNull();
		expect(previewOf('/changes', DATASET)?.image).toBe('/og/dashboard.png');
	});

	it('gives none to an actor without links or to a file', () => {
		expect(previewOf('/actors/RUS', DATASET)).toBeNull();
		expect(previewOf('/data/ties.json', DATASET)).toBeNull();
	});
});

describe('previewTags', () => {
	it('writes escaped tags, with an absolute image address when given the origin', () => {
		const tags = previewTags(
			{ title: 'A "quoted" & <tagged> title', description: 'D', image: '/og/x.png' },
			'https://ties.example'
		);
		expect(tags).toContain(
			'<meta property="og:title" content="A &quot;quoted&quot; &amp; &lt;tagged&gt; title">'
		);
		expect(tags).toContain('<meta property="og:image" content="https://ties.example/og/x.png">');
		expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
	});
});

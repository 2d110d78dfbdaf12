import { describe, expect, it } from 'vitest';
import { siteFooter } from './site-footer';

describe('siteFooter', () => {
	it('cites the dataset with its version and address, and links its package and changes', () => {
		const html = siteFooter('/', '2026-11-27.0de52bd9', 'https://ties.example')!;
		expect(html).toContain(
			'<strong>Cite the dataset:</strong> Caucasus Ties: the South Caucasus’s foreign ties since 1991, dataset version 2026-11-27.0de52bd9, https://ties.example/, data CC BY 4.0.'
		);
		expect(html).toContain('href="/data/datapackage.json"');
		expect(html).toContain('href="/changes.xml"');
		expect(html).toMatch(/^<footer[^>]*id="cite-dataset"/);
	});

	it('leaves the address out when the build does not know it, and is not on /embed', () => {
		expect(siteFooter('/links/x', 'v<1>')).toContain('dataset version v&lt;1&gt;, data CC BY 4.0.');
		expect(siteFooter('/embed', 'v')).toBeNull();
	});
});

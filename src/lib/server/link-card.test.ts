import { describe, expect, it } from 'vitest';
import { loadDataset } from './data-files';
import { linkCardSvg } from './link-previews';

const dataset = loadDataset(process.cwd()).dataset!;

describe('linkCardSvg', () => {
	it('draws the link’s title, type, parties and dates, and joins its parties on the map', () => {
		const link = dataset.links.find((l) => l.id === 'fra-arm-caesar-2024')!;
		const svg = linkCardSvg(dataset, link);
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
		expect(svg).toContain('Armenia orders CAESAR self-propelled');
		expect(svg).toContain('>Arms</text>');
		expect(svg).toContain('>France, Armenia</text>');
		expect(svg).toContain('>2024-06-18 – ongoing</text>');
		// One line between the two parties, in the arms colour, and both named on the map.
		expect(svg.match(/<line [^>]*stroke="#D55E00"/g)).toHaveLength(1);
		expect(svg).toMatch(/<text [^>]*>France<\/text>/);
		expect(svg).toMatch(/<text [^>]*>Armenia<\/text>/);
	});

	it('escapes what a title or a name could hold', () => {
		const link = { ...dataset.links[0]!, title: 'A <b> & "c"' };
		expect(linkCardSvg(dataset, link)).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
	});
});

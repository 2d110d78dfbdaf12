import { describe, expect, it } from 'vitest';
import { cardSvg } from './card';

const card = (lines: string[]) =>
	cardSvg({
		width: 1200,
		height: 630,
		title: 'T',
		lines,
		drawings: [],
		credit: 'C',
		textWidth: 520
	});
const sizes = (svg: string) =>
	[...svg.matchAll(/class="card-line" font-size="(\d+)"/g)].map((m) => Number(m[1]));

describe('cardSvg', () => {
	it('draws short lines at the full size', () => {
		expect(sizes(card(['295 links, 1988–2026', '48 partners']))).toEqual([24, 24]);
	});

	it('draws every line smaller, at one size, when one is too long for the column', () => {
		const long = 'მოქმედი კავშირები წლების მიხედვით, პარტნიორთა ჯგუფების';
		const drawn = sizes(card(['269 კავშირი', long]));
		expect(drawn[0]).toBeLessThan(24);
		expect(new Set(drawn).size).toBe(1);
	});
});

import { describe, expect, it } from 'vitest';
import { fiveYearSpans, recallBySpan, thinYears } from './recall';
import type { ChronologyFile } from './schema';

const chronology = (states: ChronologyFile['states'], items: ChronologyFile['items']) => ({
	title: 'A timeline',
	publisher: 'example-wire',
	url: 'https://example.org/timeline',
	states,
	items
});

const ARMENIA = chronology(
	['ARM'],
	[
		{ date: '1991-09', text: 'Independence', out: 'domestic' },
		{ date: '1992-03', text: 'Joins the UN', links: ['arm-un-1992'] },
		{ date: '1994', text: 'Ceasefire', links: [] },
		{ date: '1996', text: 'Joins something', links: ['a', 'b'] }
	]
);
const GEORGIA = chronology(['GEO'], [{ date: '1993', text: 'Joins the CIS', links: [] }]);

describe('fiveYearSpans', () => {
	it('cuts the last span at the last year', () => {
		expect(fiveYearSpans(2002)).toEqual([
			{ from: 1991, to: 1995 },
			{ from: 1996, to: 2000 },
			{ from: 2001, to: 2002 }
		]);
	});
});

describe('recallBySpan', () => {
	const spans = fiveYearSpans(2002);

	it('counts in-scope items and those the record holds, per span', () => {
		expect(
			recallBySpan([ARMENIA, GEORGIA], spans).map((r) => [r.span, r.items, r.recorded, r.recall])
		).toEqual([
			['1991–1995', 3, 1, 1 / 3],
			['1996–2000', 1, 1, 1],
			['2001–2002', 0, 0, null]
		]);
	});

	it('counts a state’s own chronologies only', () => {
		expect(recallBySpan([ARMENIA, GEORGIA], spans, 'GEO')[0]).toMatchObject({
			items: 1,
			recorded: 0,
			recall: 0
		});
		expect(recallBySpan([ARMENIA, GEORGIA], spans, 'ARM')[0]).toMatchObject({
			items: 2,
			recall: 0.5
		});
	});
});

describe('thinYears', () => {
	const many = (recorded: number, missed: number, year: string) =>
		chronology(
			['ARM'],
			[
				...Array.from({ length: recorded }, (_, i) => ({
					date: year,
					text: `r${i}`,
					links: ['x']
				})),
				...Array.from({ length: missed }, (_, i) => ({ date: year, text: `m${i}`, links: [] }))
			]
		);

	it('marks the years of spans below 80% recall', () => {
		const recalls = recallBySpan([many(3, 2, '1992'), many(5, 0, '1997')], fiveYearSpans(2002));
		expect(thinYears(recalls, 1991, 2002)).toEqual([
			...Array(5).fill(true),
			...Array(5).fill(false),
			false,
			false
		]);
	});

	it('judges no span on fewer than five items, nor one without items', () => {
		const recalls = recallBySpan([ARMENIA], fiveYearSpans(2002));
		expect(recalls[0]).toMatchObject({ items: 2, recall: 0.5 });
		expect(thinYears(recalls, 1991, 2002)).toEqual(Array(12).fill(false));
	});
});

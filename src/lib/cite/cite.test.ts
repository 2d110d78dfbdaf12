import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import {
	bibtexEscape,
	cslJson,
	datasetCitationText,
	linkBibtex,
	linkCitationText,
	linkCsl,
	type CiteContext
} from './cite';

const CONTEXT: CiteContext = {
	version: '2026-11-27.0de52bd9',
	url: 'https://ties.example/links/fra-arm-caesar-2024',
	accessed: '2026-12-07'
};

/**
 * A small BibTeX reader: one entry's type, key and fields, each field's braces counted, so an
 * unbalanced or unescaped brace fails the parse instead of passing unseen.
 */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
	const head = /^@(\w+)\{([^,\s{}]+),\s*/.exec(text);
	if (!head) throw new Error(`no entry head in ${text}`);
	const fields = new Map<string, string>();
	let i = head[0].length;
	for (;;) {
		const name = /^([a-z]+)\s*=\s*\{/.exec(text.slice(i));
		if (!name) break;
		i += name[0].length;
		let depth = 1;
		let value = '';
		while (depth > 0) {
			const c = text[i++];
			if (c === undefined) throw new Error(`field ${name[1]} never closes`);
			if (c === '\\') {
				value += c + (text[i++] ?? '');
				continue;
			}
			if (c === '{') depth++;
			if (c === '}') depth--;
			if (depth > 0) value += c;
		}
		if (fields.has(name[1]!)) throw new Error(`field ${name[1]} twice`);
		fields.set(name[1]!, value);
		i += /^\s*,?\s*/.exec(text.slice(i))![0].length;
	}
	if (text.slice(i) !== '}') throw new Error(`text after the fields: ${text.slice(i)}`);
	return { type: head[1]!, key: head[2]!, fields };
}

/** Undoes bibtexEscape, to read a field back as the reader sees it. */
function unescape(value: string): string {
	return value
		.replace(/\\textbackslash\{\}/g, '\\')
		.replace(/\\textasciitilde\{\}/g, '~')
		.replace(/\\textasciicircum\{\}/g, '^')
		.replace(/\\([{}#$%&_])/g, '$1');
}

/** The item types CSL 1.0.2 defines. */
const CSL_TYPES = new Set(
	'article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance periodical personal_communication post post-weblog regulation report review review-book software song speech standard thesis treaty webpage'.split(
		' '
	)
);

describe('linkCitationText', () => {
	it('names the site, the title, the record, the version, the address and the day read', () => {
		expect(linkCitationText(fixtureLink(), CONTEXT)).toBe(
			'Caucasus Ties, “France sells CAESAR howitzers to Armenia”, record fra-arm-caesar-2024, data version 2026-11-27.0de52bd9, https://ties.example/links/fra-arm-caesar-2024, accessed 2026-12-07.'
		);
	});
});

describe('linkBibtex', () => {
	it('writes a @misc entry whose fields parse and carry the version', () => {
		const entry = parseBibtex(linkBibtex(fixtureLink(), CONTEXT));
		expect(entry.type).toBe('misc');
		expect(entry.key).toBe('caucasus-ties:fra-arm-caesar-2024');
		expect(Object.fromEntries(entry.fields)).toEqual({
			author: '{Caucasus Ties}',
			title: '{France sells CAESAR howitzers to Armenia}',
			howpublished: 'Caucasus Ties, record fra-arm-caesar-2024',
			year: '2026',
			date: '2026-11-27',
			version: '2026-11-27.0de52bd9',
			url: 'https://ties.example/links/fra-arm-caesar-2024',
			urldate: '2026-12-07',
			note: 'Record fra-arm-caesar-2024, data version 2026-11-27.0de52bd9. Data CC BY 4.0.'
		});
	});

	it('escapes braces and TeX’s special characters, so a title reads back as it was', () => {
		const title = 'A {braced} title: 50% & $5 #1 under_score ~tilde^ back\\slash }{';
		const entry = parseBibtex(linkBibtex(fixtureLink({ title }), CONTEXT));
		const field = entry.fields.get('title')!;
		expect(field.startsWith('{') && field.endsWith('}')).toBe(true);
		expect(unescape(field.slice(1, -1))).toBe(title);
		// No special character is left bare.
		expect(
			field
				.slice(1, -1)
				.replace(/\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\[{}#$%&_]/g, '')
		).not.toMatch(/[{}#$%&_~^\\]/);
	});

	it('keeps an address whole, encoding only what would break the field', () => {
		const entry = parseBibtex(
			linkBibtex(fixtureLink(), { ...CONTEXT, url: 'https://x.example/a%20b?q={x}#top' })
		);
		expect(entry.fields.get('url')).toBe('https://x.example/a%20b?q=%7Bx%7D#top');
	});

	it('escapes each special character as TeX reads it', () => {
		expect(bibtexEscape('R&D {x} 5% $')).toBe('R\\&D \\{x\\} 5\\% \\$');
	});
});

describe('linkCsl', () => {
	it('is a CSL-JSON item with the required fields, valid dates and the version', () => {
		const [item] = JSON.parse(cslJson(linkCsl(fixtureLink(), CONTEXT))) as Record<
			string,
			unknown
		>[];
		for (const field of ['id', 'type', 'title']) {
			expect(typeof item![field]).toBe('string');
			expect(item![field]).not.toBe('');
		}
		expect(CSL_TYPES.has(item!.type as string)).toBe(true);
		expect(item).toMatchObject({
			id: 'caucasus-ties:fra-arm-caesar-2024',
			type: 'dataset',
			title: 'France sells CAESAR howitzers to Armenia',
			version: '2026-11-27.0de52bd9',
			URL: 'https://ties.example/links/fra-arm-caesar-2024',
			issued: { 'date-parts': [[2026, 11, 27]] },
			accessed: { 'date-parts': [[2026, 12, 7]] },
			author: [{ literal: 'Caucasus Ties' }]
		});
		// Only fields CSL-JSON defines.
		const known = new Set(
			'id type title author publisher version number URL issued accessed note'.split(' ')
		);
		for (const key of Object.keys(item!)) expect(known.has(key)).toBe(true);
	});

	it('is laid out short: date parts and the author on one line each', () => {
		const json = cslJson(linkCsl(fixtureLink({ title: 'A "quoted" title' }), CONTEXT));
		expect(json).toContain('"issued": {\n      "date-parts": [[2026, 11, 27]]\n    }');
		expect(json).toContain('"author": [{ "literal": "Caucasus Ties" }]');
		expect(JSON.parse(json)[0].title).toBe('A "quoted" title');
	});
});

describe('datasetCitationText', () => {
	it('names the version, the address (when known) and the licence', () => {
		expect(datasetCitationText('2026-11-27.0de52bd9')).toBe(
			'Caucasus Ties: the South Caucasus’s foreign ties since 1991, dataset version 2026-11-27.0de52bd9, data CC BY 4.0.'
		);
		expect(datasetCitationText('2026-11-27.0de52bd9', 'https://ties.example/')).toBe(
			'Caucasus Ties: the South Caucasus’s foreign ties since 1991, dataset version 2026-11-27.0de52bd9, https://ties.example/, data CC BY 4.0.'
		);
	});
});

import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { changesFeed, entryId, FEED_ID, xmlText } from './atom';
import { changesByDay, recentChanges } from './changes';

interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
	text.replace(/&([a-z]+);/g, (whole, name: string) => {
		if (!(name in ENTITIES)) throw new Error(`unknown entity ${whole}`);
		return ENTITIES[name]!;
	});

/**
 * A small XML reader for the feed: it refuses what a feed reader's parser refuses (a tag closed
 * out of order, a bare `&` or `<`, an unknown entity, an unquoted attribute, text outside the root)
 * and gives the tree.
 */
function parseXml(xml: string): XmlElement {
	const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
	for (const m of body.matchAll(token)) {
		const [, closing, name, attrs, selfClosing, text, stray] = m;
		if (stray) throw new Error(`a bare < at ${m.index}`);
		if (text !== undefined) {
			if (/&(?![a-z]+;)/.test(text)) throw new Error(`a bare & in ${text}`);
			if (stack.length === 0) {
				if (text.trim() !== '') throw new Error(`text outside the root: ${text}`);
				continue;
			}
			stack.at(-1)!.text += decode(text);
			continue;
		}
		if (closing) {
			const open = stack.pop();
			if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
			continue;
		}
		const attributes: Record<string, string> = {};
		for (const [, key, value] of attrs!.matchAll(/([\w:.-]+)="([^"]*)"/g))
			attributes[key!] = decode(value!);
		const element: XmlElement = { name: name!, attributes, children: [], text: '' };
		if (stack.length > 0) stack.at(-1)!.children.push(element);
		else if (root) throw new Error('two roots');
		else root = element;
		if (!selfClosing) stack.push(element);
	}
	if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> never closes`);
	if (!root) throw new Error('no root');
	return root;
}

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const ATOM_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

const LINKS = [
	fixtureLink({ id: 'a-old', title: 'Old', added: '2026-11-23', updated: '2026-11-23' }),
	fixtureLink({
		id: 'b-fixed',
		title: 'Fixed <R&D> "deal"',
		added: '2026-11-23',
		updated: '2026-12-07'
	}),
	fixtureLink({ id: 'c-new', title: 'New', added: '2026-11-27', updated: '2026-11-27' }),
	fixtureLink({ id: 'd-new', title: 'Also new', added: '2026-11-27', updated: '2026-11-27' })
];

describe('recentChanges', () => {
	it('lists each link’s latest change, newest first, corrected or added', () => {
		expect(recentChanges(LINKS).map((c) => [c.id, c.kind, c.day])).toEqual([
			['b-fixed', 'corrected', '2026-12-07'],
			['c-new', 'added', '2026-11-27'],
			['d-new', 'added', '2026-11-27'],
			['a-old', 'added', '2026-11-23']
		]);
		expect(recentChanges(LINKS, 2).map((c) => c.id)).toEqual(['b-fixed', 'c-new']);
	});

	it('groups them by day, keeping the order', () => {
		expect(changesByDay(recentChanges(LINKS)).map((d) => [d.day, d.changes.length])).toEqual([
			['2026-12-07', 1],
			['2026-11-27', 2],
			['2026-11-23', 1]
		]);
	});
});

describe('changesFeed', () => {
	const xml = changesFeed({
		changes: recentChanges(LINKS),
		version: '2026-12-07.0de52bd9',
		origin: 'https://ties.example'
	});
	const feed = parseXml(xml);

	it('is an Atom feed with an id, a title, an updated date, an author and a self link', () => {
		expect(feed.name).toBe('feed');
		expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
		expect(child(feed, 'id')!.text).toBe(FEED_ID);
		expect(child(feed, 'title')!.text).toBe('Caucasus Ties: latest additions and corrections');
		expect(child(feed, 'updated')!.text).toBe('2026-12-07T00:00:00Z');
		expect(child(child(feed, 'author')!, 'name')!.text).toBe('Caucasus Ties');
		const self = feed.children.find((c) => c.name === 'link' && c.attributes.rel === 'self');
		expect(self!.attributes.href).toBe('https://ties.example/changes.xml');
	});

	it('has an entry per change with its id, title, link to the page, updated and summary', () => {
		const entries = feed.children.filter((c) => c.name === 'entry');
		expect(entries).toHaveLength(4);
		for (const entry of entries) {
			expect(child(entry, 'id')!.text).toMatch(/^urn:caucasus-ties:link:[a-z-]+$/);
			expect(child(entry, 'title')!.text).toMatch(/^(Added|Corrected): /);
			expect(child(entry, 'link')!.attributes.href).toMatch(/^https:\/\/ties\.example\/links\//);
			expect(child(entry, 'updated')!.text).toMatch(ATOM_DATE);
			expect(child(entry, 'published')!.text).toMatch(ATOM_DATE);
			expect(child(entry, 'summary')!.text).not.toBe('');
		}
		const fixed = entries[0]!;
		expect(child(fixed, 'id')!.text).toBe(entryId('b-fixed'));
		// Escaped in the XML, read back whole.
		expect(child(fixed, 'title')!.text).toBe('Corrected: Fixed <R&D> "deal"');
		expect(xml).toContain('Corrected: Fixed &lt;R&amp;D&gt; &quot;deal&quot;');
		expect(child(fixed, 'link')!.attributes.href).toBe('https://ties.example/links/b-fixed');
	});

	it('the reader refuses broken XML, so the checks above mean something', () => {
		expect(() => parseXml('<feed><title>R&D</title></feed>')).toThrow(/bare &/);
		expect(() => parseXml('<feed><title>x</feed></title>')).toThrow(/closes/);
		expect(() => parseXml('<feed><title>a < b</title></feed>')).toThrow(/bare </);
	});
});

describe('xmlText', () => {
	it('escapes markup and drops characters XML forbids', () => {
		expect(xmlText(`a & b <c> "d" 'e'\u0001`)).toBe(
			'a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;'
		);
	});
});

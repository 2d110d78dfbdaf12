import { describe, expect, it } from 'vitest';
import { delocalizePath, localeAlternates, localeOfPath, localizePath } from './locale-paths';

describe('locale paths', () => {
	it('prefixes every page but the English one, keeping the query', () => {
		expect(localizePath('/actors/GEO', 'ru')).toBe('/ru/actors/GEO');
		expect(localizePath('/?types=arms&focus=ARM', 'ru')).toBe('/ru/?types=arms&focus=ARM');
		expect(localizePath('/', 'hy')).toBe('/hy/');
		expect(localizePath('/ka/changes', 'en')).toBe('/changes');
		expect(localizePath('/ka/links#x', 'az')).toBe('/az/links#x');
	});
	it('leaves the downloads, the feed and the images unprefixed', () => {
		for (const path of ['/data/ties.csv', '/links/a-b.json', '/changes.xml', '/og/actors/ARM.png'])
			expect(localizePath(path, 'ka')).toBe(path);
	});
	it('reads and strips the prefix', () => {
		expect(localeOfPath('/hy/links/x')).toBe('hy');
		expect(localeOfPath('/hyper')).toBe('en');
		expect(localeOfPath('/az')).toBe('az');
		expect(delocalizePath('/az')).toBe('/');
		expect(delocalizePath('/az/?focus=ARM')).toBe('/?focus=ARM');
		expect(delocalizePath('/hyper')).toBe('/hyper');
	});
	it('lists the five versions of a page', () => {
		expect(localeAlternates('/ru/embed').map((a) => a.path)).toEqual([
			'/embed',
			'/hy/embed',
			'/az/embed',
			'/ka/embed',
			'/ru/embed'
		]);
	});
});

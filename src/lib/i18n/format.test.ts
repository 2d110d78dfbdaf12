import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, titleLang } from './format';

describe('formatPartialDate', () => {
	it('keeps the record’s ISO dates in English', () => {
		expect(formatPartialDate('2024-06', 'en')).toBe('2024-06');
	});
	it('writes the month and the day in the locale', () => {
		expect(formatPartialDate('2024-06-18', 'ru')).toBe('18 июня 2024 г.');
		expect(formatPartialDate('2024-06', 'ru')).toMatch(/^июнь 2024/i);
		expect(formatPartialDate('2024', 'ka')).toBe('2024');
		expect(formatPartialDate('2024-06-18', 'az')).toContain('iyun');
	});
	it('writes every month of every locale as CLDR does, whatever the runtime’s own data', () => {
		for (const locale of ['hy', 'az', 'ka', 'ru'])
			for (let month = 1; month <= 12; month++)
				for (const date of [
					`2024-${String(month).padStart(2, '0')}`,
					`2024-${String(month).padStart(2, '0')}-08`
				]) {
					const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
					const cldr = new Intl.DateTimeFormat(locale, {
						timeZone: 'UTC',
						year: 'numeric',
						month: 'long',
						...(d ? { day: 'numeric' } : {})
					}).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
					expect(formatPartialDate(date, locale)).toBe(cldr);
				}
	});
});

describe('formatNumber', () => {
	it('groups digits as the locale does', () => {
		expect(formatNumber(1264, 'en')).toBe('1,264');
		expect(formatNumber(12640, 'ru')).toBe('12\u00a0640');
	});
});

describe('titleLang', () => {
	it('tells a source title’s language by its script', () => {
		expect(titleLang('Армения и Франция')).toBe('ru');
		expect(titleLang('Հայաստան')).toBe('hy');
		expect(titleLang('საქართველო')).toBe('ka');
		expect(titleLang('Azərbaycan və Gürcüstan')).toBe('az');
		expect(titleLang('France sells howitzers')).toBe('en');
	});
});

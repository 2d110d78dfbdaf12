/**
 * Numbers and dates in the reader's locale, through `Intl`. English pages keep the record's own
 * ISO dates (`2024-06`), which its readers cite and search by.
 */
import { t } from './first-view';
import type { Locale } from './locale-paths';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date the record gives as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as `locale` writes it. */
export function formatPartialDate(date: string, locale: Locale | string = 'en'): string {
	const match = PARTIAL_DATE.exec(date);
	if (!match || locale === 'en') return date;
	const [, year, month, day] = match;
	if (!month) return year!;
	const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
	return new Intl.DateTimeFormat(locale, {
		timeZone: 'UTC',
		year: 'numeric',
		month: day ? 'long' : 'long',
		...(day ? { day: 'numeric' } : {})
	}).format(when);
}

/** A count as `locale` writes it: `1 264` in Russian, `1,264` in English. */
export function formatNumber(n: number, locale: Locale | string = 'en'): string {
	return new Intl.NumberFormat(locale).format(n);
}

/**
 * The language a source's title is written in, as far as its script tells: Armenian, Georgian
 * and Cyrillic (Russian) letters, Azerbaijani's ə; Latin titles are taken as English. For the
 * `lang` attribute of text that keeps its publisher's words.
 */
export function titleLang(text: string): string {
	if (/[\u0531-\u058F]/.test(text)) return 'hy';
	if (/[\u10A0-\u10FF]/.test(text)) return 'ka';
	if (/[\u0400-\u04FF]/.test(text)) return 'ru';
	if (/[əƏ]/.test(text)) return 'az';
	return 'en';
}

/** A link's dates as `locale` writes them: "18 июня 2024 г. – по сей день". */
export function localPeriod(
	{ start, end }: { start: string; end: string | null },
	locale: Locale | string
): string {
	const date = (d: string) => formatPartialDate(d, locale);
	return end === start ? date(start) : `${date(start)} – ${end ? date(end) : t('ongoing')}`;
}

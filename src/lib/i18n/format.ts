/**
 * Numbers and dates in the reader's locale, through `Intl`. English pages keep the record's own
 * ISO dates (`2024-06`), which its readers cite and search by.
 */
import { t } from './first-view';
import type { Locale } from './locale-paths';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface MonthForms {
	/** A month's name on its own, then as it stands with a day (Russian and Armenian decline it). */
	alone: readonly string[];
	withDay: readonly string[];
	/** The orders CLDR gives for a month of a year and for a day of a month of a year. */
	month: string;
	day: string;
}

const same = (names: string[]) => ({ alone: names, withDay: names });

/**
 * Each translated locale's months, as CLDR writes them. Held here, not asked of `Intl`: some
 * browsers ship without these locales' data (Debian's Chromium writes "June 2024" for Georgian),
 * and a page that hydrates there would replace the server's words with English ones.
 */
const MONTHS: Readonly<Record<string, MonthForms>> = {
	hy: {
		alone:
			'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր'.split(
				' '
			),
		withDay:
			'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի'.split(
				' '
			),
		month: '{y} թ․ {m}',
		day: '{d} {m}, {y} թ.'
	},
	az: {
		...same(
			'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' ')
		),
		month: '{m} {y}',
		day: '{d} {m} {y}'
	},
	ka: {
		...same(
			'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი'.split(
				' '
			)
		),
		month: '{m}, {y}',
		day: '{d} {m}, {y}'
	},
	ru: {
		alone: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(
			' '
		),
		withDay:
			'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
				' '
			),
		month: '{m} {y} г.',
		day: '{d} {m} {y} г.'
	}
};

/** A date the record gives as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as `locale` writes it. */
export function formatPartialDate(date: string, locale: Locale | string = 'en'): string {
	const match = PARTIAL_DATE.exec(date);
	const forms = MONTHS[locale];
	if (!match || !forms) return date;
	const [, year, month, day] = match;
	if (!month) return year!;
	const index = Number(month) - 1;
	const fill = (pattern: string, name: string) =>
		pattern
			.replace('{y}', year!)
			.replace('{m}', name)
			.replace('{d}', String(Number(day)));
	return day ? fill(forms.day, forms.withDay[index]!) : fill(forms.month, forms.alone[index]!);
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

import { t } from '../i18n/first-view';
import type { PartialDate } from './types';

export function yearOf(value: PartialDate): number {
	return Number(value.slice(0, 4));
}

/**
 * Compares two partial dates by their first possible day, so `2020` sorts before `2020-03`.
 * Lexical order of the ISO forms does exactly that.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `end` cannot be earlier than `start` at the precision both give. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
	const precision = Math.min(start.length, end.length);
	return start.slice(0, precision) <= end.slice(0, precision);
}

/**
 * When a link was in force, as text: "2024-06", "2017 – 2021", "2020-11 – ongoing". With `yearsOnly`
 * the dates shrink to years ("2017–2021", "2020–"), for tight spaces.
 */
export function linkPeriod(
	{ start, end }: { start: PartialDate; end: PartialDate | null },
	yearsOnly = false
): string {
	if (yearsOnly) {
		const [from, to] = [start.slice(0, 4), end?.slice(0, 4) ?? ''];
		return from === to ? from : `${from}–${to}`;
	}
	return end === start ? start : `${start} – ${end ?? t('ongoing')}`;
}

import { t } from '../i18n/first-view';

/** A count in words: "1 partner", "12 partners". */
export function countOf(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A count of links in words, in the reader's locale: "1 link", "12 links", "12 ссылок". */
export function linkCount(n: number): string {
	return t('link_count', ['{count} link', '{count} links'], { count: n });
}

import { t } from '../i18n/first-view';
/**
 * A number of links: each link once, however many of its parties are in view. What readers are
 * told: accessible names, tooltips, the detail panel. A plain number is one.
 */
export type LinkCount = number & { readonly unit?: 'links' };

/**
 * A number of pairs: what a chord arc or ribbon is sized by. A link among three parties binds
 * three pairs, so an actor's pairs outnumber its links; never shown as a count of links (the
 * types refuse it: `linkCount` takes no `PairCount`).
 */
export type PairCount = number & { readonly unit: 'pairs' };

/** A count in words: "1 partner", "12 partners". */
export function countOf(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A count of links in words, in the reader's locale: "1 link", "12 links", "12 ссылок". */
export function linkCount(n: LinkCount): string {
	return t('link_count', { count: n });
}

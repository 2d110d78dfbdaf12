/**
 * Where each page is in each locale: English unprefixed (`/actors/GEO`), the others under their
 * prefix (`/ru/actors/GEO`, the dashboard at `/ru/`). The data downloads, the feed, the link
 * records and the preview images are the same files in every locale and stay unprefixed.
 * Pure: the server hook, the pages and the tests share it.
 */
import { LOCALES } from '../data/vocabulary';

export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	hy: 'Հայերեն',
	az: 'Azərbaycanca',
	ka: 'ქართული',
	ru: 'Русский'
};

const PREFIXED = LOCALES.filter((l) => l !== BASE_LOCALE);
const PREFIX = new RegExp(`^/(${PREFIXED.join('|')})(?=/|$)`);

/** A path the locales share: a download, the feed, a link's record, a preview image. */
export function isSharedPath(path: string): boolean {
	return (
		/^\/(data|og|geo)\//.test(path) || /\.(json|xml|csv|png|svg)$/.test(path.split(/[?#]/)[0]!)
	);
}

/** The locale a path is in. */
export function localeOfPath(path: string): Locale {
	return (PREFIX.exec(path)?.[1] as Locale | undefined) ?? BASE_LOCALE;
}

/** The path without its locale prefix: the English page's path. */
export function delocalizePath(path: string): string {
	const rest = path.replace(PREFIX, '');
	if (rest === path) return path;
	return rest === '' || /^[?#]/.test(rest) ? `/${rest}` : rest;
}

/** The path (with its query and hash, if any) of the same page in `locale`. */
export function localizePath(path: string, locale: Locale): string {
	const plain = delocalizePath(path);
	if (locale === BASE_LOCALE || isSharedPath(plain) || !plain.startsWith('/')) return plain;
	return `/${locale}${plain}`;
}

/** Every locale's version of the page at `path`, base locale first. */
export function localeAlternates(path: string): { locale: Locale; path: string }[] {
	return LOCALES.map((locale) => ({ locale, path: localizePath(path, locale) }));
}

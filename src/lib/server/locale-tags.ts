/**
 * What every page carries for its locales, written into its HTML by the server hook: the
 * `<link rel="alternate" hreflang>` of each locale's version (and `x-default`, the English one),
 * and the language switch, links with `hreflang` and `lang` to the same page in each locale.
 * Plain HTML that no component owns: it costs no JavaScript (the dashboard's page only updates the
 * switch's addresses to follow its query). Switching loads the page anew, `lang` and all.
 */
import { escapeXml } from '../export/card';
import { BASE_LOCALE, LOCALE_NAMES, localeAlternates, type Locale } from '../i18n/locale-paths';
import { m } from '../paraglide/messages';

/** The alternates of the page at `path` (any locale's), absolute when `origin` is given. */
export function alternateTags(path: string, origin = ''): string {
	const alternates = localeAlternates(path);
	const base = alternates.find((a) => a.locale === BASE_LOCALE)!;
	return [
		...alternates.map(
			(a) => `<link rel="alternate" hreflang="${a.locale}" href="${escapeXml(origin + a.path)}">`
		),
		`<link rel="alternate" hreflang="x-default" href="${escapeXml(origin + base.path)}">`
	].join('\n\t\t');
}

/** The language switch of the page at `path`, read in `locale`. */
export function languageSwitch(path: string, locale: Locale): string {
	const links = localeAlternates(path).map(({ locale: l, path: href }) => {
		const current = l === locale ? ' aria-current="true"' : '';
		return `<a href="${escapeXml(href)}" hreflang="${l}" lang="${l}"${current}>${LOCALE_NAMES[l]}</a>`;
	});
	return `<nav class="lang-switch" data-sveltekit-reload aria-label="${escapeXml(m.language_switch({}, { locale }))}">${links.join(' ')}</nav>`;
}

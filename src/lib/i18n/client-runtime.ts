/**
 * The browser's stand-in for Paraglide's runtime in the production build (see vite.config.ts):
 * the messages ask it only for the locale, which on this site is the path's prefix. Paraglide's
 * own runtime resolves it through configurable strategies and costs the first view over a
 * kilobyte; the server and the dev server keep it.
 */
import { BASE_LOCALE, localeOfPath, type Locale } from './locale-paths';

export const baseLocale = BASE_LOCALE;
export const experimentalStaticLocale: Locale | undefined = undefined;

export const getLocale = (): Locale =>
	typeof location === 'undefined' ? BASE_LOCALE : localeOfPath(location.pathname);

/** Paraglide's hook for a custom strategy: this runtime has the one it needs built in. */
export function defineCustomClientStrategy(): void {}

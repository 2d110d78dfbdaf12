import { getLocale } from '../paraglide/runtime';
import { localizePath } from './locale-paths';

/** A resolved path of the site in the reader's locale: `/links` on a Russian page is `/ru/links`. */
export function localHref(path: string): string {
	return localizePath(path, getLocale());
}

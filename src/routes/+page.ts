/**
 * The dashboard of a locale is at `/ru/` (the English one at `/`): with a slash, so its file is
 * `ru/index.html` and the locale's other pages sit beside it.
 */
export const trailingSlash = 'ignore';

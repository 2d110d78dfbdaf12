import type { ParamMatcher } from '@sveltejs/kit';
import { TRANSLATED_LOCALES } from '$lib/data/vocabulary';

/** A translated locale's prefix: `hy`, `az`, `ka`, `ru`. */
export const match: ParamMatcher = (param) =>
	(TRANSLATED_LOCALES as readonly string[]).includes(param);

import { m } from '$lib/paraglide/messages';
import type { UrlProblem, ViewBounds } from './url';

/**
 * What the page says, in its locale, about a part of its address it could not use. Kept apart
 * from the parser: only the notice needs the words, and it loads after the first view.
 */
export function problemText(
	{ kind, parameter, value, used }: UrlProblem,
	{ minYear, maxYear }: Pick<ViewBounds, 'minYear' | 'maxYear'>
): string {
	switch (kind) {
		case 'no-known-type':
			return m.url_no_known_type({ value });
		case 'unknown-types': {
			const unknown = used!.split(',');
			return m.url_unknown_types({
				count: unknown.length,
				types: unknown.map((t) => `"${t}"`).join(', ')
			});
		}
		case 'not-a-year':
			return m.url_not_a_year({ value, used: used! });
		case 'out-of-range':
			return m.url_out_of_range({ value: Number(value), min: minYear, max: maxYear, used: used! });
		case 'swapped': {
			const [from, to] = value.split('-');
			return m.url_swapped({ from: from!, to: to! });
		}
		case 'no-actor':
			return m.url_no_actor({ value });
		case 'no-partner':
			return m.url_no_partner({ value });
		case 'partner-needs-focus':
			return m.url_partner_needs_focus();
		case 'partner-is-pinned':
			return m.url_partner_is_pinned({ value });
		case 'unknown-parameter':
			return m.url_unknown_parameter({ parameter });
	}
}

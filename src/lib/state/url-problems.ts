import type { UrlProblem, ViewBounds } from './url';

/**
 * What the page says about a part of its address it could not use. Kept apart from the parser:
 * only the notice needs the words, and it loads after the first view.
 */
export function problemText(
	{ kind, parameter, value, used }: UrlProblem,
	{ minYear, maxYear }: Pick<ViewBounds, 'minYear' | 'maxYear'>
): string {
	switch (kind) {
		case 'no-known-type':
			return `no known link type in "${value}": showing all types`;
		case 'unknown-types': {
			const unknown = used!.split(',');
			return `ignored unknown link type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')}`;
		}
		case 'not-a-year':
			return `"${value}" is not a year: using ${used}`;
		case 'out-of-range':
			return `${Number(value)} is outside ${minYear}-${maxYear}: using ${used}`;
		case 'swapped': {
			const [from, to] = value.split('-');
			return `from (${from}) is after to (${to}): swapped them`;
		}
		case 'no-actor':
			return `no actor "${value}" in the data: nothing is pinned`;
		case 'no-partner':
			return `no actor "${value}" in the data: no pair is lit`;
		case 'partner-needs-focus':
			return `"with" needs "focus", the pair's other actor: ignored`;
		case 'partner-is-pinned':
			return `"${value}" is the pinned actor itself: ignored`;
		case 'unknown-parameter':
			return `unknown parameter "${parameter}" ignored`;
	}
}

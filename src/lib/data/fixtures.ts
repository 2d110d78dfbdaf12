import type { Link } from './types';

/** A small valid link; tests change one field at a time to break it. */
export function fixtureLink(overrides: Partial<Link> = {}): Link {
	return {
		id: 'fra-arm-caesar-2024',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2024-06-18',
		end: null,
		title: 'France sells CAESAR howitzers to Armenia',
		summary: 'France agreed to sell CAESAR self-propelled howitzers to Armenia.',
		systems: ['CAESAR'],
		sources: [
			{
				publisher: 'Example Wire',
				title: 'France to sell howitzers to Armenia',
				url: 'https://example.org/caesar',
				date: '2024-06-18'
			}
		],
		...overrides
	};
}

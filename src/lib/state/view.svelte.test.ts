import { describe, expect, it } from 'vitest';
import { ViewState } from './view.svelte';

const bounds = { minYear: 1991, maxYear: 2026, actors: ['ARM', 'AZE'] as const };

describe('ViewState', () => {
	it('follows the address and keeps the same view object when the view is unchanged', () => {
		const view = new ViewState({ ...bounds, actors: [...bounds.actors] });
		view.applyUrl(new URL('https://x.example/?types=arms&focus=ARM'));
		const shown = view.shareable;
		expect(shown).toMatchObject({ types: ['arms'], focus: 'ARM' });
		view.applyUrl(new URL('https://x.example/?types=arms&focus=ARM#links-table'));
		expect(view.shareable).toBe(shown);
		view.applyUrl(new URL('https://x.example/?focus=ARM&types=arms'));
		expect(view.shareable).toBe(shown);
		view.applyUrl(new URL('https://x.example/?types=mission&focus=ARM'));
		expect(view.shareable).not.toBe(shown);
	});
});

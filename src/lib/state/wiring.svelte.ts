import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { localHref } from '$lib/i18n/href';
import { getLocale } from '$lib/paraglide/runtime';
import { onMount, untrack } from 'svelte';
import { on } from 'svelte/events';
import type * as TextViews from '../components/text-views';
import type { ActorLabel } from '../data/actor-names';
import { Dashboard, setDashboard } from './dashboard.svelte';
import { afterNextPaint } from './defer';
import { ModuleLoader } from './module-loader.svelte';
import { dashboardFileContent } from './dashboard-file';

/** The text views' code: loaded after the first view, or at once when a reader needs it. */
export type TextViewsLoader = ModuleLoader<typeof TextViews>;

/**
 * Wires a dashboard to the page that shows it, the same for `/` and `/embed`: call it while the
 * page's component initialises, with the actors' names the page brought. It builds the dashboard
 * from them and the dashboard's file (see dashboard-file.ts), hands it to the components by
 * context, and ties it to the page:
 * - the address: out through shallow routing (`pushState`, `replaceState` at `path`), once a
 *   change has painted; in on load, on a navigation to the page, and on back and forward;
 * - Escape and a tap on empty space in a view unpin (on touch there is no hover to leave);
 * - Play stops when the page goes.
 * With `textViews`, it also loads the text views (tooltips, table, panels) and the links'
 * details once the first view is up, or at once when a reader hovers, pins or needs a notice.
 */
export function useDashboard(
	actors: ActorLabel[],
	path: '/' | '/embed',
	options: { textViews?: boolean } = {}
): { dashboard: Dashboard; textViews: TextViewsLoader } {
	const here = localHref(resolve(path));
	const locale = getLocale();
	const dashboard = setDashboard(
		new Dashboard(
			{ ...dashboardFileContent()!, actors },
			{
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolved; only the query changes
				push: (query) => pushState(here + query, {}),
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- as above
				replace: (query) => replaceState(here + query, {})
			},
			{
				dataset: resolve('/data/ties.json'),
				texts: locale === 'en' ? null : resolve('/data/texts/[locale=locale].json', { locale })
			}
		)
	);
	const { view, highlight, playback } = dashboard;

	// The one way in: an address that arrives, never one this dashboard wrote. A navigation to the
	// page (and the first load) comes through the router; back and forward between the entries
	// the dashboard wrote come as `popstate`, which the router leaves to the page.
	afterNavigate((navigation) => view.arrive(navigation.to?.url.search ?? location.search));
	// The way out: the address, the title and the text views follow a change once it has painted.
	$effect(() => dashboard.settleWhenPainted());

	onMount(() => {
		dashboard.ready = true;
		// The lit layers' code, once the first view has painted: not part of it, and ready well
		// before a pointer arrives.
		const lit = afterNextPaint(() => dashboard.litViews.load());
		const offs = [
			on(window, 'popstate', () => {
				// Not when leaving for another page: the router takes that one.
				if (location.pathname === here) view.arrive(location.search);
			}),
			on(window, 'keydown', (event) => {
				if (event.key === 'Escape' && view.pinned) view.unpin();
			}),
			on(window, 'click', (event) => {
				const target = event.target as Element;
				const onSomething = target.closest('.actor, [data-source]');
				if (view.pinned && target.closest('[data-view]') && !onSomething) view.unpin();
			})
		];
		return () => {
			lit();
			for (const off of offs) off();
			playback.stop();
		};
	});

	const textViews: TextViewsLoader = new ModuleLoader(() => import('../components/text-views'));
	if (!options.textViews) return { dashboard, textViews };
	onMount(() => {
		// Not needed to draw the first view: fetched once it is up. After a failure, not again on
		// its own: a retry is the reader's to ask for.
		const idle = requestIdleCallback(
			() => {
				dashboard.loadDetails(false);
				textViews.load();
			},
			{ timeout: 2000 }
		);
		return () => cancelIdleCallback(idle);
	});
	$effect(() => {
		if (highlight.hovered || highlight.hoveredPair || view.pinned || view.notices.length)
			untrack(() => textViews.load());
	});
	$effect(() => {
		// Untracked: reading the status would retry a failure in a loop instead of on request.
		if (view.pinned) untrack(() => dashboard.loadDetails(false));
	});
	return { dashboard, textViews };
}

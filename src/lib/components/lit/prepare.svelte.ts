import { untrack } from 'svelte';
import type { Dashboard } from '../../state/dashboard.svelte';
import { afterNextPaint } from '../../state/defer';

/** What the views' drawing depends on: the years, the types and the chord panel's size. */
export function drawingKey({ view, stages }: Pick<Dashboard, 'view' | 'stages'>): string {
	return `${view.from} ${view.to} ${view.shownTypes.join()} ${stages.compact}`;
}

/** Prepares the lit layers' source from what the views draw now, unless it is prepared already. */
export function prepareLit(dashboard: Dashboard): void {
	untrack(() => {
		const key = drawingKey(dashboard);
		const { chord, mapLinks } = dashboard.stages;
		if (dashboard.litSource?.key !== key) dashboard.litSource = { key, chord, mapLinks };
	});
}

/**
 * Keeps the lit layers prepared from what the views draw, once the reader comes near the views:
 * once a change (a filter, a narrower panel) has painted, so the change itself does not wait. Call it while a lit layer's
 * component initialises; calling it twice prepares once.
 */
export function usePreparedLit(dashboard: Dashboard): void {
	$effect(() => {
		drawingKey(dashboard);
		// Not before the reader comes near the views or pins an actor: the page's load does not
		// pay for layers no one has asked for yet.
		if (!dashboard.highlight.approached && !dashboard.view.pinned) return;
		// In idle time after the change has painted: a reader's next input comes first.
		let idle = 0;
		const cancel = afterNextPaint(() => {
			idle = requestIdleCallback(() => prepareLit(dashboard), { timeout: 300 });
		});
		return () => {
			cancel();
			cancelIdleCallback(idle);
		};
	});
}

/** Whether the lit layers are prepared from what the views draw now (not the frame after a change). */
export function isFresh(dashboard: Dashboard): boolean {
	return dashboard.litSource?.key === drawingKey(dashboard);
}

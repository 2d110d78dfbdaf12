/**
 * The dashboard's text: tooltips, the detail panel, the links table, the share panel, where the
 * links' details stand while they load, and the notice about a bad address. None of it is drawn
 * in the first view, so the page loads it as one chunk once that is up.
 */
export { default as ActorTooltip } from './ActorTooltip.svelte';
export { default as DetailPanel } from './DetailPanel.svelte';
export { default as DetailsStatus } from './DetailsStatus.svelte';
export { default as LinkTable } from './LinkTable.svelte';
export { default as PairTooltip } from './PairTooltip.svelte';
export { default as SharePanel } from './SharePanel.svelte';
export { default as UrlNotice } from './UrlNotice.svelte';

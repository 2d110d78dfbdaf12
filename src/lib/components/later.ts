/**
 * The components the first view does not draw: tooltips, the detail panel, the links table, what
 * their details' loading is doing and the notice about a bad address. The page loads them as one chunk once it is up.
 */
export { default as ActorTooltip } from './ActorTooltip.svelte';
export { default as DetailPanel } from './DetailPanel.svelte';
export { default as DetailsStatus } from './DetailsStatus.svelte';
export { default as LinkTable } from './LinkTable.svelte';
export { default as PairTooltip } from './PairTooltip.svelte';
export { default as UrlNotice } from './UrlNotice.svelte';

/** The hover tooltips: not part of the first view, so the page loads their code after it. */
export { default as ActorTooltip } from './ActorTooltip.svelte';
export { default as PairTooltip } from './PairTooltip.svelte';

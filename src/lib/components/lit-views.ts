/**
 * The views' lit layers: every actor's highlight, prepared before the pointer arrives. Not drawn
 * in the first view, so the page loads them as one chunk once it is up.
 */
export { default as ChordLit } from './lit/ChordLit.svelte';
export { default as MapLit } from './lit/MapLit.svelte';

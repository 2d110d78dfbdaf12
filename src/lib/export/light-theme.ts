/**
 * The page's light colours, and the drawings' look written out with them: what an SVG needs to
 * look as it does on the page once it leaves it (a link preview rasterised at build time has no
 * page style sheet). Both are read from the page's own rules at build time, never copied: the
 * colours from app.css's light theme, the look from the style blocks of the views that draw.
 */
import appCss from '../../app.css?raw';
import chordView from '../components/ChordView.svelte?raw';
import mapView from '../components/MapView.svelte?raw';
import trendChart from '../components/TrendChart.svelte?raw';

/** The custom properties of a style sheet's first `:root` block: its light theme. */
export function rootProperties(css: string): Map<string, string> {
	const start = css.indexOf(':root {');
	const block = css.slice(start, css.indexOf('}', start));
	return new Map(
		[...block.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()])
	);
}

const VARS = rootProperties(appCss);
const NAMES = [
	'surface',
	'page',
	'text',
	'textMuted',
	'sea',
	'land',
	'landMuted',
	'landActive',
	'border',
	'marker',
	'arc',
	'trend',
	'thin',
	'conflict'
] as const;

/** The light theme's colours by name (`textMuted` is `--text-muted`). */
export const LIGHT = Object.fromEntries(
	NAMES.map((name) => {
		const value = VARS.get(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
		if (!value) throw new Error(`app.css's :root has no colour for ${name}`);
		return [name, value];
	})
) as Record<(typeof NAMES)[number], string>;

/** `css` without its at-rule blocks (`@media`, `@container`): the page's, not a drawing's. */
function withoutAtRules(css: string): string {
	let out = '';
	for (let i = 0; i < css.length; i++) {
		if (css[i] !== '@') {
			out += css[i];
			continue;
		}
		let depth = 0;
		for (; i < css.length; i++) {
			if (css[i] === '{') depth++;
			else if (css[i] === '}' && --depth === 0) break;
		}
	}
	return out;
}

/** A selector's `:global(...)` unwrapped, balanced parentheses and all. */
function unwrapGlobal(selector: string): string {
	let out = selector;
	for (let at = out.indexOf(':global('); at >= 0; at = out.indexOf(':global(')) {
		let depth = 0;
		let end = at + ':global('.length - 1;
		for (; end < out.length; end++) {
			if (out[end] === '(') depth++;
			else if (out[end] === ')' && --depth === 0) break;
		}
		out = out.slice(0, at) + out.slice(at + ':global('.length, end) + out.slice(end + 1);
	}
	return out;
}

/**
 * The rules of a view's style block as they apply to its SVG drawn on its own: `:global()`
 * unwrapped, the view's root class (`.map`) taken off the front, the page's custom properties
 * replaced by their light values, and what only the page has (at-rules, rules for the root and
 * its <svg> element, properties it cannot resolve) left out.
 */
export function drawingCss(component: string, root: string, vars = VARS): string {
	const start = component.indexOf('<style>');
	const css = withoutAtRules(
		component.slice(start + '<style>'.length, component.indexOf('</style>', start))
	).replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: string[] = [];
	for (const [, selectorText, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const selectors = selectorText!
			.split(/,(?![^(]*\))/)
			.map((s) => unwrapGlobal(s.trim()))
			.filter((s) => s !== root)
			// The view's own <svg> is sized by the page; on a card, by its place.
			.filter((s) => s !== `${root} svg`)
			.map((s) => (s.startsWith(`${root} `) ? s.slice(root.length + 1) : s));
		const declarations = body!
			.split(';')
			.map((d) => d.trim().replace(/var\((--[a-z-]+)\)/g, (v, name: string) => vars.get(name) ?? v))
			.filter((d) => d && !d.includes('var('));
		if (selectors.length && declarations.length)
			rules.push(`${selectors.join(', ')} { ${declarations.join('; ')}; }`);
	}
	return rules.join('\n');
}

/** The rules of the map, the chord and the trend charts, as their views write them. */
export const DRAWING_CSS = [
	drawingCss(mapView, '.map'),
	drawingCss(chordView, '.chord'),
	drawingCss(trendChart, '.trend')
].join('\n');

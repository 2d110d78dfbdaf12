import { describe, expect, it } from 'vitest';
import { DRAWING_CSS, drawingCss, LIGHT, rootProperties } from './light-theme';

describe('LIGHT', () => {
	it('is the light theme of app.css', () => {
		expect(LIGHT.sea).toMatch(/^#[0-9a-f]{6}$/);
		expect(LIGHT.textMuted).toBe(
			rootProperties(':root {\n\t--text-muted: #56606b;\n}').get('--text-muted')
		);
	});
});

describe('drawingCss', () => {
	const vars = new Map([
		['--sea', '#dce9f0'],
		['--text', '#1d232a']
	]);
	const view = `<div></div>
<style>
	.map {
		margin: 0;
	}
	/* A comment. */
	.map :global(.sea) {
		fill: var(--sea);
	}
	.map :global(.overlay .land:not(.on)),
	.map :global(.marker text) {
		fill: var(--text);
		stroke: var(--focus);
	}
	@container (max-width: 520px) {
		.map :global(svg) {
			font-size: 20px;
		}
	}
	.thin {
		fill: var(--sea);
	}
</style>`;

	it('writes a view’s rules for its SVG on its own, in the light colours', () => {
		expect(drawingCss(view, '.map', vars).split('\n')).toEqual([
			'.sea { fill: #dce9f0; }',
			'.overlay .land:not(.on), .marker text { fill: #1d232a; }',
			'.thin { fill: #dce9f0; }'
		]);
	});

	it('holds what the map, the chord and the trend draw with, and nothing of the page', () => {
		for (const rule of [
			`.sea { fill: ${LIGHT.sea}; }`,
			`.land.actor { fill: ${LIGHT.land}; }`,
			`.group path { fill: ${LIGHT.arc}; stroke: ${LIGHT.surface}; }`,
			`.ribbons path { fill-opacity: 0.72; }`,
			`.area { fill: ${LIGHT.trend}; }`
		])
			expect(DRAWING_CSS).toContain(rule);
		expect(DRAWING_CSS).not.toMatch(/var\(|:global|@container|\.map |\.chord /);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIGHT } from './light-theme';

describe('LIGHT', () => {
	it('is the light theme of app.css, colour for colour', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
		const vars = Object.fromEntries(
			[...root.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)].map(([, name, value]) => [
				name!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
				value
			])
		);
		for (const [name, value] of Object.entries(LIGHT))
			expect([name, vars[name]]).toEqual([name, value]);
	});
});

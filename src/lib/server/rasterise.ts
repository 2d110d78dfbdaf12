/**
 * SVG to PNG at build time, with resvg and the Inter font shipped in an npm package, never the
 * machine's fonts: the same SVG gives the same image on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const WEIGHTS = ['400Regular', '600SemiBold', '700Bold'];
// Inter writes Latin (Azerbaijani's ə included) and Cyrillic; Noto Sans the Armenian and Georgian
// scripts, which resvg takes from them for the glyphs Inter lacks.
const FONTS = WEIGHTS.flatMap((weight) => [
	require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`),
	require.resolve(`@expo-google-fonts/noto-sans-armenian/${weight}/NotoSansArmenian_${weight}.ttf`),
	require.resolve(`@expo-google-fonts/noto-sans-georgian/${weight}/NotoSansGeorgian_${weight}.ttf`)
]);

export function rasterise(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }
	});
	return resvg.render().asPng();
}

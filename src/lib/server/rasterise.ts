/**
 * SVG to PNG at build time, with resvg and the Inter font shipped in an npm package, never the
 * machine's fonts: the same SVG gives the same image on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular', '600SemiBold', '700Bold'].map((weight) =>
	require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`)
);

export function rasterise(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }
	});
	return resvg.render().asPng();
}

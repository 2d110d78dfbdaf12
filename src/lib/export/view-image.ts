/**
 * The view as a picture: the map and the chord as they are on screen (with what is lit), with the
 * view's title, its years, a legend, the credit, the view's address and the data's version, in
 * one self-contained SVG (no outside fonts, styles or files), or as a PNG drawn from it. Runs in
 * the browser and loads only when a reader asks for a picture.
 */
import { escapeXml } from './card';

/** The look each drawn element needs outside the page, read from what the page computed. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'display'
] as const;

/** The inside of an SVG element, with each element's computed look written into its style. */
export function inlinedContent(svg: SVGSVGElement): { content: string; style: string } {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	const styleOf = (element: Element) => {
		const computed = getComputedStyle(element);
		return STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	};
	originals.forEach((element, i) => {
		const target = copies[i]!;
		target.setAttribute('style', styleOf(element));
		target.removeAttribute('class');
		for (const name of ['tabindex', 'role', 'aria-label', 'aria-pressed', 'aria-hidden'])
			target.removeAttribute(name);
	});
	return { content: copy.innerHTML, style: copy.getAttribute('style') ?? '' };
}

export interface ViewPicture {
	title: string;
	/** What the view shows, in words: types and years. */
	subtitle: string;
	legend: { label: string; colour: string }[];
	/** The address of the view, so that a reader can open it. */
	address: string;
	version: string;
	/** Page colours, read from the page so that the picture matches its theme. */
	background: string;
	text: string;
	muted: string;
	/** Each view's layers, bottom first (the diagram, then what is lit). */
	map: SVGSVGElement[];
	chord: SVGSVGElement[];
}

export const PICTURE = { width: 1600, height: 900 } as const;

function layers(
	svgs: SVGSVGElement[],
	x: number,
	y: number,
	width: number,
	height: number
): string {
	return svgs
		.map((svg) => {
			const { content, style } = inlinedContent(svg);
			const viewBox = svg.getAttribute('viewBox')!;
			return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}" style="${escapeXml(style)}">${content}</svg>`;
		})
		.join('');
}

/** The picture as one SVG document, 1600 x 900 units. */
export function viewSvg(picture: ViewPicture): string {
	const { width, height } = PICTURE;
	const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
	const legend = picture.legend
		.map(
			({ label, colour }, i) =>
				`<rect x="${40 + i * 205}" y="795" width="24" height="14" fill="${colour}"/><text x="${72 + i * 205}" y="808" font-size="18" fill="${picture.text}">${escapeXml(label)}</text>`
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font}>`,
		`<rect width="${width}" height="${height}" fill="${picture.background}"/>`,
		`<text x="40" y="58" font-size="34" font-weight="700" fill="${picture.text}">${escapeXml(picture.title)}</text>`,
		`<text x="40" y="92" font-size="20" fill="${picture.muted}">${escapeXml(picture.subtitle)}</text>`,
		layers(picture.map, 40, 118, 880, 646),
		layers(picture.chord, 940, 110, 640, 660),
		legend,
		`<text x="40" y="852" font-size="17" fill="${picture.muted}">Caucasus Ties, data CC BY 4.0 · dataset version ${escapeXml(picture.version)}</text>`,
		`<text x="40" y="878" font-size="17" fill="${picture.muted}">${escapeXml(picture.address)}</text>`,
		`</svg>`
	].join('');
}

/** A PNG of an SVG document at `scale` times its size (2 for sharp text on any screen). */
export async function pngOf(svg: string, scale = 2): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = PICTURE.width * scale;
	canvas.height = PICTURE.height * scale;
	const context = canvas.getContext('2d')!;
	context.scale(scale, scale);
	context.drawImage(image, 0, 0, PICTURE.width, PICTURE.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png')
	);
}

/** Offers a file for download under `name`. */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

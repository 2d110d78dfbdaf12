/**
 * Colour-vision simulation for checking the palette: Machado, Oliveira and Fernandes (2009)
 * matrices at full severity, applied in linear RGB, compared by CIE76 distance in Lab.
 */
type Matrix = [number, number, number][];

export const DEFICIENCIES: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function toLinear(hex: string): [number, number, number] {
	const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	return v.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number
	];
}

function toLab([r, g, b]: [number, number, number]): [number, number, number] {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The colour as seen with a deficiency (or as is), in Lab. */
export function perceived(hex: string, deficiency?: Matrix): [number, number, number] {
	const rgb = toLinear(hex);
	const seen = deficiency
		? (deficiency.map((row) =>
				Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))
			) as [number, number, number])
		: rgb;
	return toLab(seen);
}

export function deltaE(a: [number, number, number], b: [number, number, number]): number {
	return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** WCAG relative luminance contrast between two colours. */
export function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, b2] = toLinear(hex);
		return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

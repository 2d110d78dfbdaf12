import { DRAWING_CSS, LIGHT } from './light-theme';

/** A drawing placed on a card: its SVG markup, and the box it is fitted into. */
export interface CardDrawing {
	svg: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Card {
	width: number;
	height: number;
	title: string;
	/** Lines under the title. */
	lines: string[];
	drawings: CardDrawing[];
	/** Bottom line: who made it and under which licence. */
	credit: string;
	/** Width of the text column on the left; 0 puts the title across the top. */
	textWidth: number;
}

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!
	);
}

/**
 * Breaks text into lines of at most `width` units at font size `size`, by an average glyph width:
 * close enough for a title, with no font metrics at hand.
 */
export function wrap(text: string, width: number, size: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (size * 0.55)));
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && (last + ' ' + word).length <= perLine)
			lines[lines.length - 1] += ' ' + word;
		else lines.push(word);
	}
	return lines;
}

/** The first `<svg>` element of some markup (with `className` among its classes, if given). */
export function svgElement(markup: string, className?: string): string {
	const pattern = className
		? new RegExp(`<svg[^>]*class="[^"]*\\b${className}\\b[^"]*"[\\s\\S]*?</svg>`)
		: /<svg[\s\S]*?<\/svg>/;
	const found = pattern.exec(markup)?.[0];
	if (!found) throw new Error(`no <svg${className ? ` class "${className}"` : ''}> in the markup`);
	return found;
}

/** Places a drawing: its root `<svg>` gets the card position, its own viewBox scales it to fit. */
function placed({ svg, x, y, width, height }: CardDrawing): string {
	return svg.replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}"`);
}

/**
 * A link preview card as one self-contained SVG: a title and lines of text, the drawings the page
 * shows, and the credit, on the page's background, with the drawings' styles written in.
 */
export function cardSvg({
	width,
	height,
	title,
	lines,
	drawings,
	credit,
	textWidth
}: Card): string {
	const margin = 48;
	const titleSize = 46;
	const titleLines = wrap(title, (textWidth || width) - margin * 2, titleSize);
	const titleText = titleLines
		.map(
			(line, i) =>
				`<tspan x="${margin}" dy="${i === 0 ? 0 : titleSize * 1.1}">${escapeXml(line)}</tspan>`
		)
		.join('');
	const linesY = margin + titleSize + titleLines.length * titleSize * 1.1;
	// A line too long for the card at its size is drawn smaller, and the others with it, so the
	// block reads as one: longer scripts (Georgian, Armenian) run past the edge at the size an
	// English line fits, and nothing in the image would cut it.
	const lineSize = 24;
	const room = (textWidth || width) - margin * 2;
	const sizeOf = (line: string) => {
		const needed = line.length * lineSize * 0.6;
		return needed > room ? Math.floor((lineSize * room) / needed) : lineSize;
	};
	const size = Math.min(lineSize, ...lines.map(sizeOf));
	const lineText = lines
		.map(
			(line, i) =>
				`<text x="${margin}" y="${linesY + i * 32}" class="card-line" font-size="${size}">${escapeXml(line)}</text>`
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter">`,
		`<style>${DRAWING_CSS} .card-title { fill: ${LIGHT.text}; font-size: ${titleSize}px; font-weight: 700; } .card-line { fill: ${LIGHT.textMuted}; } .card-credit { fill: ${LIGHT.textMuted}; font-size: 18px; }</style>`,
		`<rect width="${width}" height="${height}" fill="${LIGHT.page}"/>`,
		`<text class="card-title" x="${margin}" y="${margin + titleSize * 0.8}">${titleText}</text>`,
		lineText,
		...drawings.map(placed),
		`<text class="card-credit" x="${margin}" y="${height - 28}">${escapeXml(credit)}</text>`,
		`</svg>`
	].join('');
}

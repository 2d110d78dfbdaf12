const TAU = 2 * Math.PI;
const EPSILON = 1e-6;

/**
 * A path context (what d3-path, d3-chord's ribbons and d3-geo's paths draw into) that writes an
 * SVG path with each point after the first given from the one before: `l` and `a` from the
 * current point, `m` from the start of the subpath just closed. A map's outline steps a few units
 * at a time and a chord's ribbon ends lie close together on its ring, so the numbers are short,
 * and the prerendered dashboard much lighter gzipped. Points are rounded to `digits` decimals and
 * the steps taken between rounded points, so the path draws the same points as an absolute one;
 * a step to where the pen already is (two points that rounding joined) is left out. The first
 * point stays absolute, so that paths can still be joined, and so do quadratic curves (a chord's
 * control point is its centre). Written directly, not by rewriting d3-path's string: a filter
 * change redraws every ribbon. (A closure rather than a class: its names minify, and it is in
 * every first view.)
 */
export interface RelativePath {
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
	quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
	/** As d3-path's `arc`: a line (or a move, on an empty path) to its start, then the arc. */
	arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
	closePath(): void;
	toString(): string;
}

/** A path context rounding to `digits` decimals (see above). */
export function relativePath(digits: number): RelativePath {
	const scale = 10 ** digits;
	const unit = (v: number) => Math.round(v * scale);
	let out = '';
	// The current point and the subpath's start, in units of the last decimal: steps are exact.
	// The first move is a step from (0, 0) too, so it reads as the absolute point it is.
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	/** Writes `command` and the step to (`px`, `py`), in units, which becomes the current point. */
	const to = (command: string, px: number, py: number) => {
		out += `${command}${(px - x) / scale},${(py - y) / scale}`;
		x = px;
		y = py;
	};
	const move = (px: number, py: number) => {
		to(out ? 'm' : 'M', px, py);
		startX = px;
		startY = py;
	};
	const line = (px: number, py: number) => {
		if (px !== x || py !== y) to('l', px, py);
	};
	/** An arc of the circle (`cx`, `cy`, `r`) from the current point to the one at `angle`. */
	const arcTo = (
		cx: number,
		cy: number,
		r: number,
		angle: number,
		large: number,
		sweep: number
	) => {
		const radius = unit(r) / scale;
		to(
			`a${radius},${radius},0,${large},${sweep},`,
			unit(cx + r * Math.cos(angle)),
			unit(cy + r * Math.sin(angle))
		);
	};
	return {
		moveTo: (mx, my) => move(unit(mx), unit(my)),
		lineTo: (lx, ly) => line(unit(lx), unit(ly)),
		quadraticCurveTo(cpx, cpy, qx, qy) {
			x = unit(qx);
			y = unit(qy);
			out += `Q${unit(cpx) / scale},${unit(cpy) / scale},${x / scale},${y / scale}`;
		},
		arc(cx, cy, r, a0, a1, ccw = false) {
			const [x0, y0] = [unit(cx + r * Math.cos(a0)), unit(cy + r * Math.sin(a0))];
			if (out) line(x0, y0);
			else move(x0, y0);
			if (!r) return;
			const sweep = ccw ? 0 : 1;
			let da = ccw ? a0 - a1 : a1 - a0;
			if (da < 0) da = (da % TAU) + TAU;
			if (da > TAU - EPSILON) {
				// A whole circle: two half circles, through the opposite point and back.
				arcTo(cx, cy, r, a0 + Math.PI, 1, sweep);
				arcTo(cx, cy, r, a0, 1, sweep);
			} else if (da > EPSILON) {
				const end = ccw ? a0 - da : a0 + da;
				// An arc whose ends round to its start draws nothing: two halves instead.
				const closes = unit(cx + r * Math.cos(end)) === x0 && unit(cy + r * Math.sin(end)) === y0;
				if (da >= Math.PI && closes) {
					da /= 2;
					arcTo(cx, cy, r, ccw ? a0 - da : a0 + da, +(da >= Math.PI), sweep);
				}
				arcTo(cx, cy, r, end, +(da >= Math.PI), sweep);
			}
		},
		closePath() {
			if (!out) return;
			out += 'z';
			x = startX;
			y = startY;
		},
		toString: () => out
	};
}

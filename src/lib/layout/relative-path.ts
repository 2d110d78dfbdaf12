/**
 * The path `d`, as d3 writes it (absolute M, L, A, Q and Z, at most one decimal), with each point
 * after the first given from the one before: `l` and `a` from the current point, `m` from the
 * start of the subpath just closed. A map's outline steps a few units at a time and a chord's
 * ribbon ends lie close together on its ring, so the numbers are short, and the prerendered
 * dashboard much lighter gzipped. The first point stays absolute, so that paths can still be
 * joined; a quadratic curve stays absolute (its control point is the chord's centre). The steps
 * are taken between the points rounded to the tenth, so the path draws the same points; a step
 * to where the pen already is (two points that rounding joined) is left out. A path with any
 * other command comes back unchanged.
 */
export function relativePath(d: string): string {
	if (!/^M[\d.,MLAQZ-]*$/.test(d)) return d;
	let out = '';
	// The current point and the subpath's start, in tenths: the differences are exact.
	let [x, y, startX, startY] = [0, 0, 0, 0];
	const step = (px: number, py: number) => `${(px - x) / 10},${(py - y) / 10}`;
	for (const [, command, args = ''] of d.matchAll(/([MLAQZ])([^MLAQZ]*)/g)) {
		if (command === 'Z') {
			out += 'z';
			[x, y] = [startX, startY];
			continue;
		}
		const numbers = args.split(',');
		const [px, py] = numbers.slice(-2).map((v) => Math.round(Number(v) * 10)) as [number, number];
		if (command === 'L' && px === x && py === y) continue;
		if (command === 'M') out += out === '' ? `M${args}` : `m${step(px, py)}`;
		else if (command === 'L') out += `l${step(px, py)}`;
		else if (command === 'A') out += `a${numbers.slice(0, 5).join(',')},${step(px, py)}`;
		else out += `Q${args}`;
		[x, y] = [px, py];
		if (command === 'M') [startX, startY] = [px, py];
	}
	return out;
}

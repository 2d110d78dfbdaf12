/** The path's end points, absolute, whatever commands join them (`Z` as the subpath's start). */
export function pathPoints(d: string): [string, number, number][] {
	const out: [string, number, number][] = [];
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (const [, command = '', args = ''] of d.matchAll(/([MLAQZmlaqz])([^MLAQZmlaqz]*)/g)) {
		const upper = command.toUpperCase();
		if (upper === 'Z') {
			[x, y] = [startX, startY];
			out.push(['Z', x, y]);
			continue;
		}
		const [a, b] = args.split(',').slice(-2).map(Number) as [number, number];
		const relative = command !== upper;
		[x, y] = [
			Math.round((relative ? x + a : a) * 10) / 10,
			Math.round((relative ? y + b : b) * 10) / 10
		];
		if (upper === 'M') [startX, startY] = [x, y];
		out.push([upper, x, y]);
	}
	return out;
}

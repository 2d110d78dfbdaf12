/**
 * `npm run data:stats`: how deep and how even the record is, as Markdown: links by type, links in
 * force per five-year span, arms transfers by supplier, sources by publisher kind.
 */
import { coverageOf } from '../src/lib/data/coverage';
import { formatProblem } from '../src/lib/data/validate';
import { loadDataset } from '../src/lib/server/data-files';

const { dataset, problems } = loadDataset(process.cwd());
if (!dataset) {
	for (const problem of problems) console.error(formatProblem(problem));
	process.exit(1);
}
const c = coverageOf(dataset);
const share = (n: number) => `${((100 * n) / c.sources).toFixed(1)}%`;
const rows = (head: string, items: [string, string | number][]) =>
	[`| ${head} | |`, '|---|---|', ...items.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');

console.log(
	`Dataset ${dataset.version}: ${c.links} links, ${c.startedBefore2015} of them starting 1991–2014.\n`
);
console.log(
	rows(
		'Type',
		Object.entries(c.byType).sort((a, b) => b[1] - a[1])
	)
);
console.log(
	'\n' +
		rows(
			'In force',
			c.inForceBySpan.map((s) => [s.span, s.links])
		)
);
console.log(
	`\n${c.arms.transfers} arms transfers, ${c.arms.withSystems} naming their systems, from ${c.arms.bySupplier.length} suppliers:\n`
);
console.log(
	rows(
		'Supplier',
		c.arms.bySupplier.map((s) => [s.supplier, s.links])
	)
);
console.log(`\n${c.sources} sources:\n`);
console.log(
	rows(
		'Publisher kind',
		Object.entries(c.sourcesByKind)
			.sort((a, b) => b[1] - a[1])
			.map(([kind, n]) => [kind, `${n} (${share(n)})`])
	)
);

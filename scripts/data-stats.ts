/**
 * `npm run data:stats`: how deep, how even and how well sourced the record is, as Markdown: links
 * by type, links in force per five-year span and per year, arms transfers by supplier, sources by
 * publisher kind and standing, and recall against the reference chronologies of `data/coverage/`.
 */
import { coverageOf } from '../src/lib/data/coverage';
import {
	fiveYearSpans,
	isMeasured,
	MIN_RECALL_ITEMS,
	recallBySpan,
	THIN_RECALL,
	type SpanRecall
} from '../src/lib/data/recall';
import { SOUTH_CAUCASUS } from '../src/lib/data/vocabulary';
import { lastYearOf } from '../src/lib/data/years';
import { formatProblem } from '../src/lib/data/validate';
import { loadDataset } from '../src/lib/server/data-files';

const loaded = loadDataset(process.cwd());
if (!loaded.dataset) {
	for (const problem of loaded.problems) console.error(formatProblem(problem));
	process.exit(1);
}
const { dataset, chronologies } = loaded;
const c = coverageOf(dataset);
const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
const table = (head: string[], items: (string | number)[][]) =>
	[
		`| ${head.join(' | ')} |`,
		`|${head.map(() => '---').join('|')}|`,
		...items.map((row) => `| ${row.join(' | ')} |`)
	].join('\n');
const print = (text: string) => console.log(`${text}\n`);

print(
	`Dataset ${dataset.version}: ${c.links} links, ${c.startedBefore2015} of them starting 1991–2014.`
);
print(
	table(
		['Type', 'links'],
		Object.entries(c.byType).sort((a, b) => b[1] - a[1])
	)
);
print(
	table(
		['In force', 'links'],
		c.inForceBySpan.map((s) => [s.span, s.links])
	)
);
print(
	`In force per year: ${c.inForceByYear.map(({ year, links }) => `${year} ${links}`).join(', ')}.`
);
print(
	`${c.arms.transfers} arms transfers, ${c.arms.withSystems} naming their systems, from ${c.arms.bySupplier.length} suppliers:`
);
print(
	table(
		['Supplier', 'transfers'],
		c.arms.bySupplier.map((s) => [s.supplier, s.links])
	)
);
print(
	`${c.sources} sources; ${c.primarySources} (${percent(c.primarySources, c.sources)}) from governments, parliaments, courts and international organisations; ${c.singleSource} links (${percent(c.singleSource, c.links)}) rest on one source.`
);
print(
	table(
		['Publisher kind', 'sources'],
		Object.entries(c.sourcesByKind)
			.sort((a, b) => b[1] - a[1])
			.map(([kind, n]) => [kind, `${n} (${percent(n, c.sources)})`])
	)
);
print(
	table(
		['Publisher standing', 'sources'],
		Object.entries(c.sourcesByStanding).map(([standing, n]) => [
			standing,
			`${n} (${percent(n, c.sources)})`
		])
	)
);

const items = chronologies.flatMap((r) => r.chronology.items);
const inScope = items.filter((item) => item.out === undefined);
print(
	`Recall against ${chronologies.length} reference chronologies (data/coverage/): ${items.length} items, ${inScope.length} in scope, ${inScope.filter((i) => (i.links?.length ?? 0) > 0).length} recorded. A span below ${THIN_RECALL * 100}% is shaded as thinly recorded on the actor pages; * marks a figure on fewer than ${MIN_RECALL_ITEMS} items, which judges nothing.`
);
const recallText = (r: SpanRecall) =>
	r.recall === null
		? '–'
		: `${Math.round(100 * r.recall)}% (${r.recorded}/${r.items})${isMeasured(r) ? '' : ' *'}`;
const lastYear = lastYearOf(dataset.version);
const records = chronologies.map((r) => r.chronology);
const spans = fiveYearSpans(lastYear);
print(
	table(
		['Span', 'all', ...SOUTH_CAUCASUS],
		recallBySpan(records, spans).map((all, i) => [
			all.span,
			recallText(all),
			...SOUTH_CAUCASUS.map((state) => recallText(recallBySpan(records, spans, state)[i]!))
		])
	)
);
const periods = [
	{ from: 1991, to: 2000 },
	{ from: 2001, to: 2010 },
	{ from: 2011, to: lastYear }
];
print(
	table(
		['Period', 'recall'],
		recallBySpan(records, periods).map((r) => [r.span, recallText(r)])
	)
);
for (const { id, chronology } of chronologies) {
	const missed = chronology.items.filter((item) => item.links?.length === 0);
	if (missed.length > 0)
		print(`Missed in ${id}: ${missed.map((item) => `${item.date} ${item.text}`).join('; ')}.`);
}

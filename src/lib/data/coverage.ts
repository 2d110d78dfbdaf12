/**
 * How deep and how even the record is: the figures the README reports and a reviewer checks after
 * adding links (`npm run data:stats`). Counts only; no judgement of what they mean.
 */
import { yearOf } from './dates';
import { isInForceDuring } from './filter';
import { LINK_TYPE_IDS, PUBLISHER_KINDS, type Dataset, type LinkTypeId } from './types';
import type { PublisherKind } from './types';
import { fiveYearSpans } from './recall';
import { PUBLISHER_STANDINGS } from './vocabulary';

type PublisherStanding = (typeof PUBLISHER_STANDINGS)[number];
import { FIRST_YEAR, lastYearOf } from './years';

export interface Coverage {
	links: number;
	byType: Record<LinkTypeId, number>;
	/** Links that start from 1991 to 2014. */
	startedBefore2015: number;
	/** Links in force at any time in each five-year span, from 1991–95 on. */
	inForceBySpan: { span: string; links: number }[];
	/** Arms transfers, those naming their systems, and transfers by supplier, most first. */
	arms: {
		transfers: number;
		withSystems: number;
		bySupplier: { supplier: string; links: number }[];
	};
	/** Links in force in each year, from 1991 on. */
	inForceByYear: { year: number; links: number }[];
	/** Sources by their publisher's kind. */
	sources: number;
	sourcesByKind: Record<PublisherKind, number>;
	/** Sources by their publisher's standing. */
	sourcesByStanding: Record<PublisherStanding, number>;
	/** Sources from governments, parliaments, courts and international organisations. */
	primarySources: number;
	/** Links that rest on one source. */
	singleSource: number;
}

/** Publisher kinds whose pages are primary sources: the acts and words of states and bodies. */
const PRIMARY_KINDS: readonly PublisherKind[] = ['government', 'international-organisation'];

export function coverageOf(dataset: Dataset): Coverage {
	const lastYear = lastYearOf(dataset.version);
	const { links } = dataset;
	const byType = Object.fromEntries(
		LINK_TYPE_IDS.map((t) => [t, links.filter((l) => l.type === t).length])
	) as Record<LinkTypeId, number>;
	const inForceBySpan = fiveYearSpans(lastYear).map(({ from, to }) => ({
		span: from === to ? String(from) : `${from}–${to}`,
		links: links.filter((l) => isInForceDuring(l, from, to, lastYear)).length
	}));
	const inForceByYear = [];
	for (let year = FIRST_YEAR; year <= lastYear; year++)
		inForceByYear.push({
			year,
			links: links.filter((l) => isInForceDuring(l, year, year, lastYear)).length
		});
	const arms = links.filter((l) => l.type === 'arms');
	const suppliers = new Map<string, number>();
	for (const link of arms) suppliers.set(link.from, (suppliers.get(link.from) ?? 0) + 1);
	const kindOf = new Map(dataset.publishers.map((p) => [p.id, p.kind]));
	const sources = links.flatMap((l) => l.sources);
	const sourcesByKind = Object.fromEntries(
		PUBLISHER_KINDS.map((k) => [k, sources.filter((s) => kindOf.get(s.publisherId) === k).length])
	) as Record<PublisherKind, number>;
	const standingOf = new Map(dataset.publishers.map((p) => [p.id, p.standing]));
	const sourcesByStanding = Object.fromEntries(
		PUBLISHER_STANDINGS.map((k) => [
			k,
			sources.filter((s) => standingOf.get(s.publisherId) === k).length
		])
	) as Record<PublisherStanding, number>;
	return {
		links: links.length,
		byType,
		startedBefore2015: links.filter((l) => yearOf(l.start) <= 2014).length,
		inForceBySpan,
		arms: {
			transfers: arms.length,
			withSystems: arms.filter((l) => (l.systems?.length ?? 0) > 0).length,
			bySupplier: [...suppliers]
				.map(([supplier, n]) => ({ supplier, links: n }))
				.sort((a, b) => b.links - a.links || (a.supplier < b.supplier ? -1 : 1))
		},
		inForceByYear,
		sources: sources.length,
		sourcesByKind,
		sourcesByStanding,
		primarySources: PRIMARY_KINDS.reduce((n, kind) => n + sourcesByKind[kind], 0),
		singleSource: links.filter((l) => l.sources.length === 1).length
	};
}

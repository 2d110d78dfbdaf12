/**
 * How deep and how even the record is: the figures the README reports and a reviewer checks after
 * adding links (`npm run data:stats`). Counts only; no judgement of what they mean.
 */
import { yearOf } from './dates';
import { isInForceDuring } from './filter';
import { LINK_TYPE_IDS, PUBLISHER_KINDS, type Dataset, type LinkTypeId } from './types';
import type { PublisherKind } from './types';
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
	/** Sources by their publisher's kind. */
	sources: number;
	sourcesByKind: Record<PublisherKind, number>;
}

const SPAN_YEARS = 5;

export function coverageOf(dataset: Dataset): Coverage {
	const lastYear = lastYearOf(dataset.version);
	const { links } = dataset;
	const byType = Object.fromEntries(
		LINK_TYPE_IDS.map((t) => [t, links.filter((l) => l.type === t).length])
	) as Record<LinkTypeId, number>;
	const inForceBySpan = [];
	for (let from = FIRST_YEAR; from <= lastYear; from += SPAN_YEARS) {
		const to = Math.min(from + SPAN_YEARS - 1, lastYear);
		inForceBySpan.push({
			span: from === to ? String(from) : `${from}–${to}`,
			links: links.filter((l) => isInForceDuring(l, from, to, lastYear)).length
		});
	}
	const arms = links.filter((l) => l.type === 'arms');
	const suppliers = new Map<string, number>();
	for (const link of arms) suppliers.set(link.from, (suppliers.get(link.from) ?? 0) + 1);
	const kindOf = new Map(dataset.publishers.map((p) => [p.id, p.kind]));
	const sources = links.flatMap((l) => l.sources);
	const sourcesByKind = Object.fromEntries(
		PUBLISHER_KINDS.map((k) => [k, sources.filter((s) => kindOf.get(s.publisherId) === k).length])
	) as Record<PublisherKind, number>;
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
		sources: sources.length,
		sourcesByKind
	};
}

import { describe, expect, it } from 'vitest';
import { buildPairMatrix } from '../chord/matrix';
import { layoutChord } from '../chord/layout';
import { countByType, filterLinks, forEachPair, isInForceDuring, linksPerActor } from './filter';
import { fixtureLink } from '../../../tests/support/fixtures';
import { distinctLinkCount, groupByPartner } from './group';
import { LINK_TYPE_IDS, type Link } from './types';

describe('isInForceDuring', () => {
	const closed = fixtureLink({ start: '2010-05', end: '2014-02-01' });
	const ongoing = fixtureLink({ start: '2020', end: null });

	it('keeps a link in force at any time in the range', () => {
		expect(isInForceDuring(closed, 2014, 2020, 2026)).toBe(true);
		expect(isInForceDuring(closed, 2000, 2010, 2026)).toBe(true);
	});

	it('drops a link wholly before or after the range', () => {
		expect(isInForceDuring(closed, 2015, 2020, 2026)).toBe(false);
		expect(isInForceDuring(closed, 2000, 2009, 2026)).toBe(false);
	});

	it('counts an ongoing link as in force through the current year', () => {
		expect(isInForceDuring(ongoing, 2026, 2026, 2026)).toBe(true);
		expect(isInForceDuring(ongoing, 2019, 2019, 2026)).toBe(false);
	});
});

describe('filterLinks', () => {
	it('keeps only the shown types', () => {
		const links = [fixtureLink(), fixtureLink({ id: 'b', type: 'treaty' })];
		const shown = filterLinks(links, { types: new Set(['treaty']), from: 1991, to: 2026 }, 2026);
		expect(shown.map((l) => l.id)).toEqual(['b']);
	});
});

describe('forEachPair', () => {
	const pairsOf = (link: Link) => {
		const pairs: string[] = [];
		forEachPair(link, (source, target, directed) =>
			pairs.push(`${source}${directed ? '>' : '-'}${target}`)
		);
		return pairs;
	};

	it('expands an undirected multilateral link into every pair of its parties', () => {
		const format = fixtureLink({
			type: 'diplomacy',
			from: 'ARM',
			to: 'AZE',
			parties: ['TUR', 'IRN']
		});
		expect(pairsOf(format)).toEqual([
			'ARM-AZE',
			'ARM-TUR',
			'ARM-IRN',
			'AZE-TUR',
			'AZE-IRN',
			'TUR-IRN'
		]);
	});

	it('keeps a directed link running from its supplier to each recipient', () => {
		const deal = fixtureLink({ parties: ['GEO'] });
		expect(pairsOf(deal)).toEqual(['FRA>ARM', 'FRA>GEO']);
	});
});

describe('countByType', () => {
	it('counts an actor’s links by type, parties included', () => {
		const links = [
			fixtureLink(),
			fixtureLink({ id: 'b', type: 'treaty', from: 'GEO', to: 'TUR', parties: ['ARM'] }),
			fixtureLink({ id: 'c', type: 'treaty', from: 'GEO', to: 'TUR' })
		];
		expect(countByType(links, 'ARM')).toEqual({ arms: 1, treaty: 1 });
		expect(
			Object.keys(countByType(links, 'GEO')).every((t) => LINK_TYPE_IDS.includes(t as never))
		).toBe(true);
	});
});

describe('linksPerActor', () => {
	// A treaty among three parties: one link for each of them, but three pairs on the chord.
	const links = [
		fixtureLink(),
		fixtureLink({ id: 'b', type: 'treaty', from: 'GEO', to: 'TUR', parties: ['ARM'] }),
		fixtureLink({ id: 'c', type: 'treaty', from: 'GEO', to: 'TUR' })
	];
	const perActor = linksPerActor(links);

	it('counts each link once for each of its parties', () => {
		expect(Object.fromEntries(perActor)).toEqual({ FRA: 1, ARM: 2, GEO: 2, TUR: 2 });
	});

	it('gives the count the tooltip (by type) and the detail panel (by partner) give', () => {
		for (const [actor, count] of perActor) {
			const byType = Object.values(countByType(links, actor)).reduce((s, n) => s + (n ?? 0), 0);
			expect(byType, actor).toBe(count);
			expect(distinctLinkCount(groupByPartner(links, actor)), actor).toBe(count);
		}
	});

	it('differs from the pairs a chord arc is sized by', () => {
		const order = ['FRA', 'ARM', 'GEO', 'TUR'];
		const chord = layoutChord(buildPairMatrix(links, order), {
			innerRadius: 90,
			outerRadius: 100,
			padAngle: 0,
			labelSize: 12
		});
		const pairs = Object.fromEntries(chord.groups.map((g) => [g.actor, g.pairs]));
		// Armenia: an arms deal with France, and the treaty with Georgia and Turkey (two pairs).
		expect(pairs.ARM).toBe(3);
		expect(perActor.get('ARM')).toBe(2);
	});
});

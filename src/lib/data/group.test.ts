import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { distinctLinkCount, groupByPartner, newestLinksOf, type PartnerGroup } from './group';

describe('groupByPartner', () => {
	const links = [
		fixtureLink({ id: 'a', type: 'treaty', from: 'ARM', to: 'RUS', start: '1997' }),
		fixtureLink({ id: 'b', type: 'arms', from: 'RUS', to: 'ARM', start: '2016' }),
		fixtureLink({ id: 'c', type: 'treaty', from: 'ARM', to: 'RUS', start: '2010-08' }),
		fixtureLink({ id: 'd', type: 'arms', from: 'FRA', to: 'ARM', start: '2024' }),
		fixtureLink({
			id: 'e',
			type: 'diplomacy',
			from: 'ARM',
			to: 'AZE',
			parties: ['RUS'],
			start: '2021'
		}),
		fixtureLink({ id: 'f', type: 'arms', from: 'RUS', to: 'AZE', start: '2010' })
	];

	it('groups by partner, most links first, then by type in legend order, newest first', () => {
		expect(
			groupByPartner(links, 'ARM').map((g) => ({
				partners: g.partners.join('+'),
				types: g.byType.map((t) => `${t.type}:${t.links.map((l) => l.id).join(',')}`)
			}))
		).toEqual([
			{ partners: 'RUS', types: ['arms:b', 'treaty:c,a'] },
			{ partners: 'AZE+RUS', types: ['diplomacy:e'] },
			{ partners: 'FRA', types: ['arms:d'] }
		]);
	});

	it('leaves out links the actor has no part in', () => {
		expect(groupByPartner(links, 'FRA').map((g) => g.count)).toEqual([1]);
	});
});

describe('newestLinksOf', () => {
	const groups = groupByPartner(
		[
			fixtureLink({ id: 'a', type: 'arms', from: 'RUS', to: 'ARM', start: '2020' }),
			fixtureLink({ id: 'b', type: 'treaty', from: 'RUS', to: 'ARM', start: '2021' }),
			fixtureLink({ id: 'c', type: 'treaty', from: 'RUS', to: 'ARM', start: '2022' }),
			fixtureLink({ id: 'd', type: 'aid', from: 'USA', to: 'ARM', start: '2023' }),
			fixtureLink({
				id: 'e',
				type: 'diplomacy',
				from: 'ARM',
				to: 'USA',
				parties: ['RUS'],
				start: '2019'
			})
		],
		'ARM'
	);
	const ids = (kept: readonly PartnerGroup[]) =>
		kept.map((g) => g.byType.map((t) => t.links.map((l) => l.id).join('')).join('|'));

	it('keeps each partner’s newest links, in type order, and the groups’ whole counts', () => {
		const kept = newestLinksOf(groups, 2);
		expect(ids(kept)).toEqual(['cb', 'd', 'e']);
		expect(kept[0]!.count).toBe(3);
		expect(distinctLinkCount(kept)).toBe(4);
	});

	it('keeps everything under the limit, and counts a link under several partners once', () => {
		expect(newestLinksOf(groups, 10)).toEqual(groups);
		expect(distinctLinkCount(groups)).toBe(5);
	});
});

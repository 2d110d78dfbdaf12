import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../tests/support/fixtures';
import { linkDashboardHref } from './dashboard-view';

const VERSION = '2026-11-27.0de52bd9';

describe('linkDashboardHref', () => {
	it.each([
		[
			'a dated link, at its years',
			{ start: '2017-03', end: '2021' },
			'/?from=2017&to=2021&focus=FRA&with=ARM'
		],
		[
			'an ongoing link, through the last year',
			{ start: '2024-06-18', end: null },
			'/?from=2024&focus=FRA&with=ARM'
		],
		[
			'a link from before independence, from 1991',
			{ start: '1988', end: '1994' },
			'/?to=1994&focus=FRA&with=ARM'
		],
		[
			'a one-day event, at its year',
			{ start: '2020-09-27', end: '2020-09-27' },
			'/?from=2020&to=2020&focus=FRA&with=ARM'
		]
	])('pins the pair: %s', (_, dates, href) => {
		expect(linkDashboardHref(fixtureLink(dates), VERSION)).toBe(href);
	});
});

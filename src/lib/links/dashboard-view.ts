import { yearOf } from '../data/dates';
import type { Link } from '../data/types';
import { FIRST_YEAR, lastYearOf } from '../data/years';
import { dashboardHref } from '../state/url';

/**
 * "Open on the dashboard" for a link: its pair pinned, at the years it was in force (ongoing:
 * through the data's last year), within the years the dashboard covers.
 */
export function linkDashboardHref(
	link: Pick<Link, 'from' | 'to' | 'start' | 'end'>,
	version: string
): string {
	const bounds = { minYear: FIRST_YEAR, maxYear: lastYearOf(version) };
	const clamp = (year: number) => Math.min(bounds.maxYear, Math.max(bounds.minYear, year));
	const from = clamp(yearOf(link.start));
	const to = Math.max(from, clamp(link.end === null ? bounds.maxYear : yearOf(link.end)));
	return dashboardHref({ pinned: link.from, partner: link.to, from, to }, bounds);
}

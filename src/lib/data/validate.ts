import { isOrdered, parsePartialDate } from './dates';
import { linkParties } from './filter';
import { LINK_STATUSES, LINK_TYPE_IDS, type Actor, type Link } from './types';

export interface DataProblem {
	/** The offending link's id, or its position when the id itself is missing. */
	linkId: string;
	field: string;
	message: string;
}

export function formatProblem({ linkId, field, message }: DataProblem): string {
	return `${linkId} ${field}: ${message}`;
}

function isNonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim().length > 0;
}

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** The dataset records these three states' ties: every link binds at least one of them. */
export const SOUTH_CAUCASUS = ['ARM', 'AZE', 'GEO'] as const;

function checkLink(link: Link, index: number, actorIds: ReadonlySet<string>): DataProblem[] {
	const problems: DataProblem[] = [];
	const linkId = isNonEmptyString(link.id) ? link.id : `#${index}`;
	const report = (field: string, message: string) => problems.push({ linkId, field, message });

	if (!isNonEmptyString(link.id)) report('id', 'missing id');
	else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(link.id))
		report('id', `"${link.id}" is not kebab-case`);
	if (!(LINK_TYPE_IDS as readonly string[]).includes(link.type))
		report('type', `unknown link type "${link.type}"`);
	for (const field of ['from', 'to'] as const) {
		if (!actorIds.has(link[field])) report(field, `unknown actor id "${link[field]}"`);
	}
	(link.parties ?? []).forEach((party, i) => {
		if (!actorIds.has(party)) report(`parties[${i}]`, `unknown actor id "${party}"`);
	});
	const bound = linkParties(link);
	if (new Set(bound).size !== bound.length)
		report('parties', 'an actor is named twice in one link');
	if (!bound.some((id) => (SOUTH_CAUCASUS as readonly string[]).includes(id)))
		report('parties', "binds none of ARM, AZE and GEO: outside the dataset's scope");

	const start = typeof link.start === 'string' ? parsePartialDate(link.start) : null;
	if (!start) report('start', `"${link.start}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
	if (link.end !== null) {
		const end = typeof link.end === 'string' ? parsePartialDate(link.end) : null;
		if (!end) report('end', `"${link.end}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or null`);
		else if (start && !isOrdered(link.start, link.end))
			report('end', `ends (${link.end}) before it starts (${link.start})`);
	}
	if (!isNonEmptyString(link.title)) report('title', 'missing title');
	if (!isNonEmptyString(link.summary)) report('summary', 'missing summary');
	if (link.status !== undefined && !(LINK_STATUSES as readonly string[]).includes(link.status))
		report('status', `unknown status "${link.status}"`);

	if (!Array.isArray(link.sources) || link.sources.length === 0) {
		report('sources', 'no source: every link needs at least one');
	} else {
		link.sources.forEach((source, i) => {
			const field = `sources[${i}]`;
			if (!isNonEmptyString(source.publisher)) report(`${field}.publisher`, 'missing publisher');
			if (!isNonEmptyString(source.title)) report(`${field}.title`, 'missing title');
			if (!isNonEmptyString(source.url) || !isHttpUrl(source.url))
				report(`${field}.url`, `"${source.url}" is not an http(s) URL`);
			if (source.date !== undefined && !parsePartialDate(source.date))
				report(`${field}.date`, `"${source.date}" is not a date`);
		});
	}
	return problems;
}

/**
 * A key shared by links that record the same tie twice: same pair (either way), type, start and
 * end. Two arms deals signed the same day are told apart by their systems.
 */
export function nearDuplicateKey(link: Link): string {
	const pair = [link.from, link.to].sort().join('|');
	const systems = link.type === 'arms' ? [...(link.systems ?? [])].sort().join('+') : '';
	return `${pair}|${link.type}|${link.start}|${link.end ?? 'ongoing'}|${systems}`;
}

/**
 * Every problem in the dataset, not just the first, so one run of the tests or the build shows
 * all that needs fixing. An empty list means the data is valid.
 */
export function validateLinks(links: readonly Link[], actors: readonly Actor[]): DataProblem[] {
	const actorIds = new Set(actors.map((a) => a.id));
	const problems = links.flatMap((link, i) => checkLink(link, i, actorIds));

	const firstById = new Map<string, number>();
	const firstByKey = new Map<string, string>();
	links.forEach((link, i) => {
		if (!isNonEmptyString(link.id)) return;
		const earlier = firstById.get(link.id);
		if (earlier !== undefined)
			problems.push({
				linkId: link.id,
				field: 'id',
				message: `duplicate id (also link #${earlier})`
			});
		else firstById.set(link.id, i);

		const key = nearDuplicateKey(link);
		const twin = firstByKey.get(key);
		if (twin !== undefined && twin !== link.id)
			problems.push({
				linkId: link.id,
				field: 'start',
				message: `same pair, type, start and end as "${twin}": record a tie once`
			});
		else firstByKey.set(key, link.id);
	});
	return problems;
}

import { isOrdered } from './dates';
import { linkParties } from './filter';
import type { ActorRecord, ChronologyFile, GroupRecord, LinkFile, PublisherRecord } from './schema';
import type { LinkFields } from './types';
import { SOUTH_CAUCASUS } from './vocabulary';

/** One problem in the data files: where it is, which field, and what is wrong, in plain words. */
export interface DataProblem {
	/** The file's path from the project's root, e.g. `data/links/fra-arm-caesar-2024.yaml`. */
	file: string;
	/** The field, as a path: `from`, `sources[1].publisher`; empty for the file as a whole. */
	field: string;
	/** What is wrong, naming the bad value. */
	message: string;
}

export function formatProblem({ file, field, message }: DataProblem): string {
	return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** A link file read and checked against the schema, with the id its name gives it. */
export interface LinkRecord {
	id: string;
	file: string;
	link: LinkFile;
}

/** A reference chronology read and checked against the schema, with the id its name gives it. */
export interface ChronologyRecord {
	id: string;
	file: string;
	chronology: ChronologyFile;
}

/** Every record of the data files, each checked against the schema on its own. */
export interface DataRecords {
	groups: GroupRecord[];
	actors: ActorRecord[];
	publishers: PublisherRecord[];
	links: LinkRecord[];
	/** The reference chronologies of `data/coverage/`; none when left out. */
	chronologies?: ChronologyRecord[];
}

export const DATA_FILES = {
	groups: 'data/groups.yaml',
	actors: 'data/actors.yaml',
	publishers: 'data/publishers.yaml',
	links: 'data/links',
	chronologies: 'data/coverage',
	translations: 'data/i18n',
	glossary: 'data/glossary.yaml'
} as const;

/** Titles that stand in for a headline nobody read: a source must carry its real title. */
const PLACEHOLDER_TITLE = /headline not captured|placeholder|untitled|\btitle unknown\b/i;

const ARMS_ONLY = ['systems', 'quantity', 'ordered', 'delivered'] as const;

/**
 * A key shared by links that record the same tie twice: same pair (either way), type, start and
 * end. Two arms deals signed the same day are told apart by their systems.
 */
export function nearDuplicateKey(link: LinkFields & { systems?: string[] }): string {
	const pair = [link.from, link.to].sort().join('|');
	const systems = link.type === 'arms' ? [...(link.systems ?? [])].sort().join('+') : '';
	return `${pair}|${link.type}|${link.start}|${link.end ?? 'ongoing'}|${systems}`;
}

/** Host labels of staging, test and preview copies of a site: never the page a reader can cite. */
const NON_PUBLIC_HOST_LABEL = /^(staging|stage|test|testing|dev|preview)$/;

/** True when the URL's host is a staging, test or preview copy (`staging.rferl.org`, `www.staging.libe.io`). */
export function isNonPublicHost(url: string): boolean {
	return new URL(url).hostname.split('.').some((label) => NON_PUBLIC_HOST_LABEL.test(label));
}

/** The host a publisher's pages are on: its home page's, without `www.`. */
function homeHost(publisher: PublisherRecord): string {
	return new URL(publisher.home).hostname.replace(/^www\./, '');
}

/** True when `url` is on one of the publisher's hosts or their subdomains. */
export function isPublishedBy(url: string, publisher: PublisherRecord): boolean {
	const host = new URL(url).hostname.replace(/\.$/, '');
	return [homeHost(publisher), ...(publisher.hosts ?? [])].some(
		(h) => host === h || host.endsWith(`.${h}`)
	);
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return new Map([...counts].filter(([, n]) => n > 1));
}

function checkLink(
	{ file, link }: LinkRecord,
	actorIds: ReadonlySet<string>,
	publishers: ReadonlyMap<string, PublisherRecord>
): DataProblem[] {
	const problems: DataProblem[] = [];
	const report = (field: string, message: string) => problems.push({ file, field, message });
	const unknownActor = (id: string) =>
		`no actor "${id}" in ${DATA_FILES.actors}: add it there or use a listed id`;

	for (const field of ['from', 'to'] as const)
		if (!actorIds.has(link[field])) report(field, unknownActor(link[field]));
	(link.parties ?? []).forEach((party, i) => {
		if (!actorIds.has(party)) report(`parties[${i}]`, unknownActor(party));
	});
	const bound = linkParties(link);
	const twice = bound.find((id, i) => bound.indexOf(id) !== i);
	if (twice) report('parties', `"${twice}" is named twice among from, to and parties`);
	if (!bound.some((id) => (SOUTH_CAUCASUS as readonly string[]).includes(id)))
		report(
			'parties',
			`binds none of ARM, AZE and GEO (${bound.join(', ')}): outside the dataset's scope`
		);

	if (link.end !== null && !isOrdered(link.start, link.end))
		report('end', `"${link.end}" is before the start, "${link.start}"`);
	if (link.updated < link.added)
		report('updated', `"${link.updated}" is before the day it was added, "${link.added}"`);

	if (link.type !== 'arms')
		for (const field of ARMS_ONLY)
			if (link[field] !== undefined) report(field, `is for arms links; this one is "${link.type}"`);
	if (link.delivered) {
		const sorted = [...link.delivered].sort((a, b) => a - b);
		if (sorted.join() !== link.delivered.join())
			report('delivered', `years ${link.delivered.join(', ')} are not in order`);
		if (link.ordered !== undefined && sorted[0]! < link.ordered)
			report('delivered', `${sorted[0]} is before the order year, ${link.ordered}`);
	}

	const urls = new Set<string>();
	link.sources.forEach((source, i) => {
		const at = `sources[${i}]`;
		const publisher = publishers.get(source.publisher);
		if (!publisher)
			report(
				`${at}.publisher`,
				`no publisher "${source.publisher}" in ${DATA_FILES.publishers}: add it there or use a listed id`
			);
		else if (publisher.standing === 'unreliable')
			report(
				`${at}.publisher`,
				`"${source.publisher}" is unreliable (${publisher.reason ?? 'see data/publishers.yaml'}): cite the original report or a primary source instead`
			);
		else if (!isPublishedBy(source.url, publisher))
			report(
				`${at}.url`,
				`"${source.url}" is not on the site of "${source.publisher}" (${publisher.home}): name the publisher whose site it is, and the original one in "via"`
			);
		if (isNonPublicHost(source.url))
			report(
				`${at}.url`,
				`"${source.url}" is on a staging or test host: cite the page at its public address`
			);
		if (source.via !== undefined && !publishers.has(source.via))
			report(
				`${at}.via`,
				`no publisher "${source.via}" in ${DATA_FILES.publishers}: add it there or use a listed id`
			);
		if (source.via === source.publisher)
			report(`${at}.via`, `"${source.via}" is the publisher itself: leave "via" out`);
		if (PLACEHOLDER_TITLE.test(source.title))
			report(
				`${at}.title`,
				`"${source.title}" is not a headline: write the page's real title or drop the source`
			);
		if (urls.has(source.url)) report(`${at}.url`, `"${source.url}" is cited twice in this link`);
		urls.add(source.url);
	});

	// A link stands on at least one reputable source (governments and international organisations
	// are listed as reputable, for their own acts); an encyclopedia is never a link's only ground.
	// Judged once every publisher is listed.
	const cited = link.sources.map((source) => publishers.get(source.publisher));
	const known = cited.filter((publisher): publisher is PublisherRecord => publisher !== undefined);
	if (
		known.length > 0 &&
		known.length === cited.length &&
		!known.some((p) => p.standing === 'reputable' && p.kind !== 'encyclopedia')
	) {
		const standings = [
			...new Set(known.map((p) => `${p.id}: ${p.kind === 'encyclopedia' ? p.kind : p.standing}`))
		].join(', ');
		report(
			'sources',
			`no source of standing (${standings}): add a primary source or a reputable publisher's report`
		);
	}
	return problems;
}

/**
 * A chronology's rules: its publisher exists and its page is on that publisher's site; each item
 * either names the links that record it (which exist) or says why it is out of scope, not both.
 */
function checkChronology(
	{ file, chronology }: ChronologyRecord,
	linkIds: ReadonlySet<string>,
	publishers: ReadonlyMap<string, PublisherRecord>
): DataProblem[] {
	const problems: DataProblem[] = [];
	const publisher = publishers.get(chronology.publisher);
	if (!publisher)
		problems.push({
			file,
			field: 'publisher',
			message: `no publisher "${chronology.publisher}" in ${DATA_FILES.publishers}: add it there or use a listed id`
		});
	else if (!isPublishedBy(chronology.url, publisher))
		problems.push({
			file,
			field: 'url',
			message: `"${chronology.url}" is not on the site of "${chronology.publisher}" (${publisher.home})`
		});
	chronology.items.forEach((item, i) => {
		const at = `items[${i}]`;
		if (item.links === undefined && item.out === undefined)
			problems.push({
				file,
				field: at,
				message: `"${item.text}" has neither links nor out: list the links that record it ([] if none does) or say why it is out of scope`
			});
		if (item.links !== undefined && item.out !== undefined)
			problems.push({
				file,
				field: at,
				message: `"${item.text}" has both links and out: an item is recorded, missed or out of scope`
			});
		(item.links ?? []).forEach((id, j) => {
			if (!linkIds.has(id))
				problems.push({
					file,
					field: `${at}.links[${j}]`,
					message: `no link "${id}" in ${DATA_FILES.links}/`
				});
		});
	});
	return problems;
}

/**
 * The rules that need more than one record: every id a record names exists, ids are unique, no tie
 * is recorded twice, every source is on its publisher's site, every link has a reputable source,
 * every publisher is cited. Reports every problem, not the first, so one run shows all that needs
 * fixing; an empty list means the records are consistent. `allLinks` is false when some link
 * files could not be read: a publisher only they cite is then not reported as uncited.
 */
export function validateRecords(
	{ groups, actors, publishers, links, chronologies = [] }: DataRecords,
	allLinks = true
): DataProblem[] {
	const problems: DataProblem[] = [];
	const groupIds = new Set(groups.map((g) => g.id));
	for (const [id] of duplicates(groups, (g) => g.id))
		problems.push({ file: DATA_FILES.groups, field: 'id', message: `"${id}" is listed twice` });
	for (const [id] of duplicates(actors, (a) => a.id))
		problems.push({ file: DATA_FILES.actors, field: 'id', message: `"${id}" is listed twice` });
	actors.forEach((actor, i) => {
		if (!groupIds.has(actor.group))
			problems.push({
				file: DATA_FILES.actors,
				field: `[${i}].group`,
				message: `${actor.id}: no group "${actor.group}" in ${DATA_FILES.groups}`
			});
	});
	for (const [id] of duplicates(publishers, (p) => p.id))
		problems.push({ file: DATA_FILES.publishers, field: 'id', message: `"${id}" is listed twice` });
	publishers.forEach((publisher, i) => {
		if (publisher.standing !== 'reputable' && publisher.reason === undefined)
			problems.push({
				file: DATA_FILES.publishers,
				field: `[${i}].reason`,
				message: `${publisher.id}: standing "${publisher.standing}" needs a one-line reason`
			});
	});

	const actorIds = new Set(actors.map((a) => a.id));
	const publishersById = new Map(publishers.map((p) => [p.id, p]));
	for (const record of links) problems.push(...checkLink(record, actorIds, publishersById));

	const linkIds = new Set(links.map((l) => l.id));
	for (const record of chronologies)
		problems.push(...checkChronology(record, linkIds, publishersById));

	const cited = new Set([
		...links.flatMap(({ link }) => link.sources.flatMap((s) => [s.publisher, s.via])),
		...chronologies.map((c) => c.chronology.publisher)
	]);
	publishers.forEach((publisher, i) => {
		// Unreliable publishers stay listed, so that a source naming them is refused by name.
		if (allLinks && !cited.has(publisher.id) && publisher.standing !== 'unreliable')
			problems.push({
				file: DATA_FILES.publishers,
				field: `[${i}]`,
				message: `"${publisher.id}" is cited by no source: remove it, so the credits count only publishers the data uses`
			});
	});

	const firstByKey = new Map<string, string>();
	for (const { id, file, link } of links) {
		const key = nearDuplicateKey(link);
		const twin = firstByKey.get(key);
		if (twin !== undefined)
			problems.push({
				file,
				field: 'start',
				message: `same pair, type, start and end as "${twin}": record a tie once`
			});
		else firstByKey.set(key, id);
	}
	return problems;
}

/**
 * The dataset as each locale's pages read it, built once per locale at prerender: actors' and
 * partner groups' names in the locale, and the links' titles, summaries and uncertainties from
 * `data/i18n/<locale>/<id>.yaml`. A missing or stale translation falls back to the English text,
 * so no field is ever empty. Sources stay as their publishers wrote them. The downloads keep the
 * English dataset.
 */
import type { TextStatus } from '../data/link-texts';
import { englishHashes, type TranslatedField } from '../data/translations';
import type { Dataset, Link } from '../data/types';
import { actorName, type OrganisationNames } from '../i18n/actor-names';
import type { Locale } from '../i18n/locale-paths';
import az from '../../../messages/az.json';
import en from '../../../messages/en.json';
import hy from '../../../messages/hy.json';
import ka from '../../../messages/ka.json';
import ru from '../../../messages/ru.json';
import { DATASET, TRANSLATIONS } from './dataset';

// Organisations' and groups' names are messages without parameters, looked up by the id in
// their key: read from the catalogues themselves, which a compiled message cannot be by name.
const CATALOGUES: Record<Locale, Record<string, unknown>> = { en, hy, az, ka, ru };
const key = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** The message `name` in `locale`, or undefined when there is none. */
function message(name: string, locale: Locale): string | undefined {
	const text = CATALOGUES[locale][name];
	return typeof text === 'string' ? text : undefined;
}

function organisations(dataset: Dataset, locale: Locale): OrganisationNames {
	const names: Record<string, { name: string; shortName: string }> = {};
	for (const actor of dataset.actors) {
		if (actor.kind !== 'organisation') continue;
		const name = message(`org_${key(actor.id)}`, locale) ?? actor.name;
		names[actor.id] = { name, shortName: message(`org_${key(actor.id)}_short`, locale) ?? name };
	}
	return names;
}

/** Each link's text status in each locale, by id. */
const STATUS = new Map<string, TextStatus>();
const CACHE = new Map<Locale, Dataset>();

function localizeLink(
	link: Link,
	locale: Locale,
	byId: Map<string, (typeof TRANSLATIONS)[number]>
): Link {
	const record = byId.get(link.id);
	const hashes = englishHashes(link);
	const fresh =
		record !== undefined &&
		(Object.keys(hashes) as TranslatedField[]).every(
			(field) => record.translation.of[field] === hashes[field] && record.translation[field]
		);
	STATUS.set(`${locale}/${link.id}`, fresh ? record.translation.status : 'fallback');
	if (!fresh) return link;
	const { title, summary, uncertain } = record.translation;
	return { ...link, title, summary, ...(uncertain ? { uncertain } : {}) };
}

/** The dataset in `locale`: the English one for `en`. */
export function datasetIn(locale: Locale, dataset: Dataset = DATASET): Dataset {
	if (locale === 'en') return dataset;
	const cached = CACHE.get(locale);
	if (cached && dataset === DATASET) return cached;
	const orgs = organisations(dataset, locale);
	const byId = new Map(TRANSLATIONS.filter((t) => t.locale === locale).map((t) => [t.id, t]));
	const localized: Dataset = {
		...dataset,
		actors: dataset.actors.map((a) => ({ ...a, ...actorName(a, locale, orgs) })),
		groups: dataset.groups.map((g) => ({
			...g,
			name: message(`group_${key(g.id)}`, locale) ?? g.name,
			rationale: message(`group_${key(g.id)}_why`, locale) ?? g.rationale
		})),
		links: dataset.links.map((l) => localizeLink(l, locale, byId))
	};
	if (dataset === DATASET) CACHE.set(locale, localized);
	return localized;
}

/** Whether the text of link `id` in `locale` is the original, reviewed, a machine draft, or English. */
export function textStatus(locale: Locale, id: string): TextStatus {
	if (locale === 'en') return 'original';
	datasetIn(locale);
	return STATUS.get(`${locale}/${id}`) ?? 'fallback';
}

/**
 * The links' texts in the other locales (`data/i18n/<locale>/<id>.yaml`) against their English:
 * which translations are missing, which translate an English text since corrected (stale), and
 * which use a form the glossary rules out. Missing and stale translations are notices (the page
 * falls back to English, marked); a ruled-out form or a translation of no link is a problem.
 */
import { fingerprint } from './assemble';
import type { GlossaryEntry, LinkFile, TranslationFile } from './schema';
import type { DataProblem, LinkRecord } from './validate';
import { TRANSLATED_LOCALES } from './vocabulary';

export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The English fields a translation carries: title and summary always, `uncertain` when set. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'uncertain'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** A translation read from its file, with the locale and link id its path gives it. */
export interface TranslationRecord {
	locale: TranslatedLocale;
	id: string;
	file: string;
	translation: TranslationFile;
}

/** The hash of each English field of a link that a translation must carry in `of`. */
export function englishHashes(
	link: Pick<LinkFile, TranslatedField>
): Partial<Record<TranslatedField, string>> {
	const hashes: Partial<Record<TranslatedField, string>> = {};
	for (const field of TRANSLATED_FIELDS) {
		const text = link[field];
		if (text !== undefined) hashes[field] = fingerprint(text);
	}
	return hashes;
}

/** Quoted passages (a claim reported as such) are exempt from the glossary. */
const QUOTED = /“[^”]*”|„[^“”]*[“”]|«[^»]*»|"[^"]*"/g;

/** The ruled-out forms a text uses outside quotation marks, with the glossary entry of each. */
export function ruledOutForms(
	text: string,
	locale: TranslatedLocale,
	glossary: readonly GlossaryEntry[]
): { form: string; entry: GlossaryEntry }[] {
	const unquoted = text.replace(QUOTED, ' ').toLocaleLowerCase(locale);
	return glossary.flatMap((entry) =>
		(entry.avoid?.[locale] ?? [])
			.filter((form) => unquoted.includes(form.toLocaleLowerCase(locale)))
			.map((form) => ({ form, entry }))
	);
}

/** What the translations lack: per locale, the links with no translation and the stale fields. */
export interface TranslationNotices {
	missing: Record<TranslatedLocale, string[]>;
	stale: DataProblem[];
}

export function checkTranslations(
	links: readonly LinkRecord[],
	translations: readonly TranslationRecord[],
	glossary: readonly GlossaryEntry[]
): { problems: DataProblem[]; notices: TranslationNotices } {
	const problems: DataProblem[] = [];
	const stale: DataProblem[] = [];
	const byId = new Map(links.map((l) => [l.id, l.link]));
	const translated = new Set(translations.map((t) => `${t.locale}/${t.id}`));
	for (const { locale, id, file, translation } of translations) {
		const link = byId.get(id);
		if (!link) {
			problems.push({
				file,
				field: '',
				message: `translates no link: there is no data/links/${id}.yaml`
			});
			continue;
		}
		const hashes = englishHashes(link);
		for (const field of TRANSLATED_FIELDS) {
			const text = translation[field];
			// The English dropped a field since: the translation is stale, not wrong.
			if (hashes[field] === undefined && text !== undefined)
				stale.push({ file, field, message: `the English has no ${field} any more: remove it` });
			else if (hashes[field] !== undefined && text === undefined)
				stale.push({ file, field, message: 'is missing: the English has one' });
			else if (hashes[field] !== translation.of[field])
				stale.push({
					file,
					field,
					message: `translates an older English text (of.${field} ${translation.of[field]}, now ${hashes[field]})`
				});
			for (const { form, entry } of ruledOutForms(text ?? '', locale, glossary))
				problems.push({
					file,
					field,
					message: `uses "${form}", which the glossary rules out (${entry.id}): write "${entry.use[locale]}" or quote the claim`
				});
		}
	}
	const missing = Object.fromEntries(
		TRANSLATED_LOCALES.map((locale) => [
			locale,
			links.map((l) => l.id).filter((id) => !translated.has(`${locale}/${id}`))
		])
	) as Record<TranslatedLocale, string[]>;
	return { problems, notices: { missing, stale } };
}

/**
 * Reads the dataset's source files (`data/`): YAML parsed with `yaml`, each record checked
 * against the schema, then the rules across records. Build-time only ($lib/server): no parser or
 * schema reaches the browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { assembleDataset, dataVersion } from '../data/assemble';
import {
	ActorsFileSchema,
	ChronologyFileSchema,
	GlossaryFileSchema,
	GroupsFileSchema,
	LinkFileSchema,
	PublishersFileSchema,
	TranslationFileSchema,
	type GlossaryEntry
} from '../data/schema';
import {
	checkTranslations,
	type TranslationNotices,
	type TranslationRecord
} from '../data/translations';
import { TRANSLATED_LOCALES } from '../data/vocabulary';
import type { Dataset } from '../data/types';
import {
	DATA_FILES,
	validateRecords,
	type ChronologyRecord,
	type DataProblem,
	type DataRecords,
	type LinkRecord
} from '../data/validate';

const LINK_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

/** A field path as a reader writes it: `sources[1].url`; list items by their id when they have one. */
function fieldPath(path: readonly PropertyKey[], input: unknown): string {
	let text = '';
	let node: unknown = input;
	for (const key of path) {
		const item = (node as Record<PropertyKey, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			const id = (item as { id?: unknown } | undefined)?.id;
			text += text === '' && typeof id === 'string' ? id : `[${key}]`;
		} else text += text === '' ? String(key) : `.${String(key)}`;
		node = item;
	}
	return text;
}

function valueAt(path: readonly PropertyKey[], input: unknown): unknown {
	let node = input;
	for (const key of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
	return node;
}

/** Schema issues as problems that name the file, the field and the bad value. */
export function schemaProblems(file: string, error: z.ZodError, input: unknown): DataProblem[] {
	return error.issues.map((issue) => {
		if (issue.code === 'unrecognized_keys')
			return {
				file,
				field: fieldPath(issue.path, input),
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (see the schema for the fields a record may have)`
			};
		const value = valueAt(issue.path, input);
		const message =
			value === undefined
				? 'is missing'
				: `${JSON.stringify(value)} ${issue.message.replace(/^Invalid input: /, '')}`;
		return { file, field: fieldPath(issue.path, input), message };
	});
}

/** A YAML file's content, or the problem that keeps it from being read. */
function readYaml(root: string, file: string): { value?: unknown; problem?: DataProblem } {
	let text: string;
	try {
		text = readFileSync(join(root, file), 'utf8');
	} catch {
		return { problem: { file, field: '', message: 'cannot be read' } };
	}
	const document = parseDocument(text, { prettyErrors: true });
	if (document.errors.length > 0)
		return {
			problem: {
				file,
				field: '',
				message: `is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`
			}
		};
	return { value: document.toJS() };
}

function readList<S extends z.ZodType>(
	root: string,
	file: string,
	schema: S,
	problems: DataProblem[]
): z.infer<S> | [] {
	const { value, problem } = readYaml(root, file);
	if (problem) {
		problems.push(problem);
		return [];
	}
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	problems.push(...schemaProblems(file, result.error, value));
	return [];
}

/** The reference chronologies of `data/coverage/` (none while the folder does not exist). */
function readChronologies(root: string, problems: DataProblem[]): ChronologyRecord[] {
	const dir = join(root, DATA_FILES.chronologies);
	if (!existsSync(dir)) return [];
	const chronologies: ChronologyRecord[] = [];
	for (const name of readdirSync(dir).sort()) {
		const file = `${DATA_FILES.chronologies}/${name}`;
		const id = LINK_FILE.exec(name)?.[1];
		if (!id) {
			problems.push({ file, field: '', message: 'is not named <id>.yaml with a kebab-case id' });
			continue;
		}
		const { value, problem } = readYaml(root, file);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const result = ChronologyFileSchema.safeParse(value);
		if (result.success) chronologies.push({ id, file, chronology: result.data });
		else problems.push(...schemaProblems(file, result.error, value));
	}
	return chronologies;
}

/** The links' translations, `data/i18n/<locale>/<id>.yaml` (none while a folder does not exist). */
function readTranslations(root: string, problems: DataProblem[]): TranslationRecord[] {
	const translations: TranslationRecord[] = [];
	for (const locale of TRANSLATED_LOCALES) {
		const dir = join(root, DATA_FILES.translations, locale);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) {
			const file = `${DATA_FILES.translations}/${locale}/${name}`;
			const id = LINK_FILE.exec(name)?.[1];
			if (!id) {
				problems.push({
					file,
					field: '',
					message: 'is not named <id>.yaml after the link it translates'
				});
				continue;
			}
			const { value, problem } = readYaml(root, file);
			if (problem) {
				problems.push(problem);
				continue;
			}
			const result = TranslationFileSchema.safeParse(value);
			if (result.success) translations.push({ locale, id, file, translation: result.data });
			else problems.push(...schemaProblems(file, result.error, value));
		}
	}
	return translations;
}

/** The links' texts in every locale, the glossary, and what the translations still lack. */
export interface LocaleRecords {
	translations: TranslationRecord[];
	glossary: GlossaryEntry[];
	notices: TranslationNotices;
}

/**
 * Reads the translations and the glossary and checks them against the links: a ruled-out form
 * or a translation of no link is a problem; missing and stale ones are notices.
 */
export function readLocaleRecords(
	root: string,
	links: readonly LinkRecord[],
	problems: DataProblem[]
): LocaleRecords {
	const translations = readTranslations(root, problems);
	const glossary = existsSync(join(root, DATA_FILES.glossary))
		? readList(root, DATA_FILES.glossary, GlossaryFileSchema, problems)
		: [];
	const checked = checkTranslations(links, translations, glossary);
	problems.push(...checked.problems);
	return { translations, glossary, notices: checked.notices };
}

/** Every record of the data files under `root`, and every problem a file has on its own. */
export function readRecords(root: string): { records: DataRecords; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const groups = readList(root, DATA_FILES.groups, GroupsFileSchema, problems);
	const actors = readList(root, DATA_FILES.actors, ActorsFileSchema, problems);
	const publishers = readList(root, DATA_FILES.publishers, PublishersFileSchema, problems);
	const links: LinkRecord[] = [];
	for (const name of readdirSync(join(root, DATA_FILES.links)).sort()) {
		const file = `${DATA_FILES.links}/${name}`;
		const id = LINK_FILE.exec(name)?.[1];
		if (!id) {
			problems.push({
				file,
				field: '',
				message: 'is not named <id>.yaml with a kebab-case id (lower-case words joined by hyphens)'
			});
			continue;
		}
		const { value, problem } = readYaml(root, file);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const result = LinkFileSchema.safeParse(value);
		if (result.success) links.push({ id, file, link: result.data });
		else problems.push(...schemaProblems(file, result.error, value));
	}
	const chronologies = readChronologies(root, problems);
	const records = { groups, actors, publishers, links, chronologies };
	// Links name actors and publishers: while those lists are broken, checking the names would
	// only repeat their problems once per link.
	const listsBroken = problems.some(
		(p) =>
			!p.file.startsWith(`${DATA_FILES.links}/`) &&
			!p.file.startsWith(`${DATA_FILES.chronologies}/`)
	);
	if (listsBroken) return { records, problems };
	return { records, problems: [...problems, ...validateRecords(records, problems.length === 0)] };
}

/**
 * The date of the data's newest change: today while `data/` has uncommitted changes, else the
 * date of the last commit that touched it; outside a git checkout, the newest file's date.
 */
export function lastChangeDate(root: string): string {
	const git = (...args: string[]) =>
		execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	try {
		if (git('status', '--porcelain', '--', 'data').trim() !== '')
			return new Date().toISOString().slice(0, 10);
		const committed = git('log', '-1', '--format=%cs', '--', 'data').trim();
		if (committed) return committed;
	} catch {
		// Not a git checkout (an unpacked archive, say): fall back to the files' dates.
	}
	const dir = join(root, DATA_FILES.links);
	const newest = Math.max(
		...[DATA_FILES.groups, DATA_FILES.actors, DATA_FILES.publishers].map(
			(f) => statSync(join(root, f)).mtimeMs
		),
		...readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs)
	);
	return new Date(newest).toISOString().slice(0, 10);
}

/** The dataset the data files under `root` hold, or every problem that keeps it from being built. */
export function loadDataset(
	root: string,
	changedOn: string = lastChangeDate(root)
):
	| { dataset: Dataset; chronologies: ChronologyRecord[]; locales: LocaleRecords; problems: [] }
	| { dataset: null; problems: DataProblem[] } {
	const { records, problems } = readRecords(root);
	const locales = readLocaleRecords(root, records.links, problems);
	if (problems.length > 0) return { dataset: null, problems };
	return {
		dataset: assembleDataset(records, dataVersion(records, changedOn)),
		chronologies: records.chronologies ?? [],
		locales,
		problems: []
	};
}

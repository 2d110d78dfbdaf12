/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1) describing the downloads, so tools
 * (frictionless, data.world, Open Data portals) read `ties.csv` with its types. Each CSV column's
 * type and description is written here once, keyed by the CSV's own column list, so a column
 * cannot be added to the CSV without being described; a test checks the package against the CSV.
 */
import { CSV_COLUMNS, type CsvColumn } from './export';
import { LINK_STATUSES, LINK_TYPE_IDS } from './vocabulary';

/** Table Schema field types the CSV uses. An empty value is missing (`missingValues`). */
export type FieldType = 'string' | 'integer' | 'year' | 'date';

export interface TableField {
	name: CsvColumn;
	type: FieldType;
	description: string;
	constraints?: {
		required?: boolean;
		enum?: readonly string[];
		pattern?: string;
		unique?: boolean;
	};
}

const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const ACTOR_ID = '[A-Z][A-Z0-9]*';

const FIELDS: Required<{ [K in CsvColumn]: Omit<TableField, 'name'> }> = {
	id: {
		type: 'string',
		description:
			'Stable id of the link, the name of its data file (data/links/<id>.yaml); its page is /links/<id>',
		constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' }
	},
	type: {
		type: 'string',
		description:
			'Link type: arms, treaty, mission (missions, bases, deployments), aid, energy (energy and transport), diplomacy, conflict',
		constraints: { required: true, enum: LINK_TYPE_IDS }
	},
	from: {
		type: 'string',
		description:
			'Actor id (ISO 3166-1 alpha-3 for states, a short name for organisations); for arms, aid and missions the supplier, donor or deploying side',
		constraints: { required: true, pattern: ACTOR_ID }
	},
	to: {
		type: 'string',
		description: 'Actor id; for arms, aid and missions the recipient or host',
		constraints: { required: true, pattern: ACTOR_ID }
	},
	parties: {
		type: 'string',
		description: 'Further parties of a multilateral link, actor ids separated by spaces',
		constraints: { pattern: `${ACTOR_ID}( ${ACTOR_ID})*` }
	},
	start: {
		type: 'string',
		description: 'When the tie began: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources',
		constraints: { required: true, pattern: PARTIAL_DATE }
	},
	end: {
		type: 'string',
		description:
			'When it ended, in the same form as start (equal to start for a one-day event); empty while in force',
		constraints: { pattern: PARTIAL_DATE }
	},
	status: {
		type: 'string',
		description: 'Where the tie stands, when the sources say',
		constraints: { enum: LINK_STATUSES }
	},
	title: {
		type: 'string',
		description: 'One line, in our words',
		constraints: { required: true }
	},
	summary: {
		type: 'string',
		description: 'What happened, in our words, with what the sources say',
		constraints: { required: true }
	},
	systems: { type: 'string', description: 'Arms: the systems transferred, separated by "; "' },
	value: { type: 'string', description: 'A value a source gives, as it gives it' },
	uncertain: {
		type: 'string',
		description: 'Where sources disagree or are thin: what is uncertain and why'
	},
	sources: {
		type: 'string',
		description:
			'Every source, separated by " | ", each as "Publisher (via Publisher): Title (date)"',
		constraints: { required: true }
	},
	source_urls: {
		type: 'string',
		description: 'The addresses of the sources, in the same order, separated by spaces',
		constraints: { required: true }
	},
	quantity: { type: 'string', description: 'Arms: how many, as a source gives it' },
	ordered: { type: 'year', description: 'Arms: the year of the order or contract' },
	delivered: {
		type: 'string',
		description: 'Arms: the years of delivery a source gives, separated by spaces',
		constraints: { pattern: '\\d{4}( \\d{4})*' }
	},
	added: {
		type: 'date',
		description: 'The day the link entered the record',
		constraints: { required: true }
	},
	updated: {
		type: 'date',
		description:
			'The day its facts or sources were last corrected; the added day until then (see /changes)',
		constraints: { required: true }
	}
};

/** The CSV's columns as Table Schema fields, in the CSV's order. */
export const CSV_FIELDS: TableField[] = CSV_COLUMNS.map((name) => ({ name, ...FIELDS[name] }));

export const SOURCES_POLICY =
	'Every link has at least one source: a page that says what the link says (the parties, the date, the figure), cited with its publisher, its own title, its address and its date where known; a page that carries another’s report names it ("via"). Primary sources first (governments, the EU, NATO, the OSCE, the UN, the IMF, the World Bank, SIPRI), then the major news agencies, then established media and research institutes; encyclopedias only when nothing else exists, never as the only source of a figure. Each publisher has a kind and a standing; unreliable publishers are never cited. Where sources disagree or are thin, the link says so in "uncertain". Titles and summaries are our own words.';

/** The Data Package descriptor for a data version; `origin` (https://...) gives it a homepage. */
export function dataPackage(version: string, origin = ''): Record<string, unknown> {
	return {
		profile: 'data-package',
		name: 'caucasus-ties',
		title: 'Caucasus Ties: the South Caucasus’s foreign ties since 1991',
		description: `Dated, sourced links between Armenia, Azerbaijan and Georgia and their partners: arms transfers, treaties, missions and bases, aid, energy and transport, diplomacy and conflicts. One row (CSV) or object (JSON) per link. Sources policy: ${SOURCES_POLICY}`,
		version,
		// The version's day: when the data last changed.
		created: `${version.slice(0, 10)}T00:00:00Z`,
		...(origin ? { homepage: `${origin}/` } : {}),
		keywords: ['South Caucasus', 'Armenia', 'Azerbaijan', 'Georgia', 'foreign relations', 'arms'],
		licenses: [
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0 International',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		],
		contributors: [{ title: 'Caucasus Ties', role: 'author' }],
		resources: [
			{
				profile: 'tabular-data-resource',
				name: 'ties-csv',
				title: 'Every link, one row each, sources joined',
				path: 'ties.csv',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				dialect: {
					delimiter: ',',
					quoteChar: '"',
					doubleQuote: true,
					lineTerminator: '\r\n',
					header: true
				},
				schema: { fields: CSV_FIELDS, primaryKey: 'id', missingValues: [''] }
			},
			{
				profile: 'data-resource',
				name: 'ties-json',
				title: 'The whole dataset: version, actors, links with their sources, groups, publishers',
				path: 'ties.json',
				format: 'json',
				mediatype: 'application/json',
				encoding: 'utf-8',
				description:
					'An object { version, actors, links, groups, publishers }: every field of every link, its sources with their publisher ids, and the actors, partner groups and publishers they name.'
			}
		]
	};
}

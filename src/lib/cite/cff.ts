import { versionDay } from './cite';

/** YAML's single-quoted scalar (as Prettier writes it): a quote inside is doubled. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * `CITATION.cff` (Citation File Format 1.2.0) for a data version: GitHub, Zenodo and Zotero read it
 * to cite the dataset. Generated (`npm run data:cite`, and before every build); a test checks that
 * the committed file is the one the data gives.
 */
export function citationCff(version: string): string {
	return [
		'# Generated from the data by `npm run data:cite` (and before every build): do not edit.',
		'cff-version: 1.2.0',
		'message: If you use this dataset, please cite it as below, with its version.',
		'type: dataset',
		`title: ${quoted('Caucasus Ties: the South Caucasus’s foreign ties since 1991')}`,
		'abstract: >-',
		'  An open, sourced record of the foreign ties of Armenia, Azerbaijan and Georgia since',
		'  1991: arms transfers, treaties, missions and bases, aid, energy and transport links,',
		'  diplomacy and conflicts, one dated link per file, every link with its sources.',
		'authors:',
		'  - name: Caucasus Ties',
		`version: ${quoted(version)}`,
		`date-released: ${quoted(versionDay(version))}`,
		'license: CC-BY-4.0',
		'keywords:',
		...[
			'South Caucasus',
			'Armenia',
			'Azerbaijan',
			'Georgia',
			'foreign relations',
			'arms transfers'
		].map((k) => `  - ${quoted(k)}`),
		''
	].join('\n');
}

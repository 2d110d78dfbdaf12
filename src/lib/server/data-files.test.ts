import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../data/json-schema';
import { formatProblem } from '../data/validate';
import { lastChangeDate, loadDataset, readRecords } from './data-files';

const GROUPS = `- id: europe\n  name: Europe\n  rationale: European states.\n- id: neighbours\n  name: The three states\n  rationale: With one another.\n`;
const ACTORS = `- id: ARM\n  name: Armenia\n  shortName: Armenia\n  kind: state\n  group: neighbours\n  isoNumeric: '051'\n  anchor: [44.51, 40.18]\n- id: FRA\n  name: France\n  shortName: France\n  kind: state\n  group: europe\n  anchor: [2.35, 48.86]\n`;
const PUBLISHERS = `- id: example-wire\n  name: Example Wire\n  home: https://www.example.org/\n  kind: news-agency\n  standing: reputable\n- id: tass\n  name: TASS\n  home: https://tass.com/\n  kind: news-agency\n  standing: state-controlled\n  reason: Russia's state news agency\n`;
const LINK = `type: arms
from: FRA
to: ARM
start: 2024-06-18
end: null
title: France sells CAESAR howitzers to Armenia
summary: France agreed to sell CAESAR self-propelled howitzers to Armenia.
systems: [CAESAR]
ordered: 2024
sources:
  - publisher: example-wire
    via: tass
    title: France to sell howitzers to Armenia
    url: https://example.org/caesar
    date: 2024-06-18
added: 2026-11-23
updated: 2026-11-27
`;

let root: string;
function write(file: string, text: string) {
	writeFileSync(join(root, file), text);
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'ties-data-'));
	mkdirSync(join(root, 'data/links'), { recursive: true });
	write('data/groups.yaml', GROUPS);
	write('data/actors.yaml', ACTORS);
	write('data/publishers.yaml', PUBLISHERS);
	write('data/links/fra-arm-caesar-2024.yaml', LINK);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const problems = () => readRecords(root).problems.map(formatProblem);

describe('the data files', () => {
	it('make a dataset: ids from file names, publishers named, links in order of start', () => {
		write(
			'data/links/arm-fra-talks-1992.yaml',
			LINK.replace('type: arms', 'type: diplomacy')
				.replace('start: 2024-06-18', 'start: 1992')
				.replace(/systems.*\nordered.*\n/, '')
		);
		const { dataset, problems } = loadDataset(root, '2026-11-27');
		expect(problems).toEqual([]);
		expect(dataset!.links.map((l) => [l.id, l.start])).toEqual([
			['arm-fra-talks-1992', '1992'],
			['fra-arm-caesar-2024', '2024-06-18']
		]);
		expect(dataset!.links[1]!.sources).toEqual([
			{
				publisher: 'Example Wire',
				publisherId: 'example-wire',
				via: 'TASS',
				title: 'France to sell howitzers to Armenia',
				url: 'https://example.org/caesar',
				date: '2024-06-18'
			}
		]);
		expect(dataset!.version).toMatch(/^2026-11-27\.[0-9a-f]{8}$/);
	});

	it('give another version when any content changes, on the same day', () => {
		const before = loadDataset(root, '2026-11-27').dataset!.version;
		write('data/links/fra-arm-caesar-2024.yaml', LINK.replace('ordered: 2024', 'ordered: 2023'));
		expect(loadDataset(root, '2026-11-27').dataset!.version).not.toBe(before);
	});

	it('fail on a link to an unknown actor, naming the file, the field and the value', () => {
		write('data/links/fra-arm-caesar-2024.yaml', LINK.replace('from: FRA', 'from: ATL'));
		expect(problems()).toEqual([
			'data/links/fra-arm-caesar-2024.yaml: from: no actor "ATL" in data/actors.yaml: add it there or use a listed id'
		]);
		expect(loadDataset(root, '2026-11-27').dataset).toBeNull();
	});

	it('report every schema problem of a file at once, each with its field and value', () => {
		write(
			'data/links/fra-arm-caesar-2024.yaml',
			LINK.replace('type: arms', 'type: armz')
				.replace('start: 2024-06-18', 'start: 2024-13')
				.replace('summary:', 'sumary:')
				.replace('url: https://example.org/caesar', 'url: example.org/caesar')
				.replace('date: 2024-06-18', 'date: 2023-02-30')
		);
		expect(problems()).toEqual([
			'data/links/fra-arm-caesar-2024.yaml: type: "armz" is not a link type: use one of arms, treaty, mission, aid, energy, diplomacy, conflict',
			'data/links/fra-arm-caesar-2024.yaml: start: "2024-13" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
			'data/links/fra-arm-caesar-2024.yaml: summary: is missing',
			'data/links/fra-arm-caesar-2024.yaml: sources[0].url: "example.org/caesar" is not an http(s) address',
			'data/links/fra-arm-caesar-2024.yaml: sources[0].date: "2023-02-30" is not a day of the calendar',
			'data/links/fra-arm-caesar-2024.yaml: unknown field "sumary" (see the schema for the fields a record may have)'
		]);
	});

	it('say which file is not YAML, which is badly named, and which list entry is wrong', () => {
		write('data/links/broken.yaml', 'type: [arms\n');
		write('data/links/Bad Name.yaml', LINK);
		write(
			'data/actors.yaml',
			ACTORS.replace('kind: state\n  group: europe', 'kind: country\n  group: europe')
		);
		expect(problems()).toEqual([
			'data/actors.yaml: FRA.kind: "country" is not a kind: use state or organisation',
			'data/links/Bad Name.yaml: is not named <id>.yaml with a kebab-case id (lower-case words joined by hyphens)',
			expect.stringMatching(/^data\/links\/broken\.yaml: is not valid YAML: /)
		]);
	});

	it('are dated by their newest file outside a git checkout', () => {
		const when = new Date('2025-03-04T12:00:00Z');
		for (const file of [
			'data/groups.yaml',
			'data/actors.yaml',
			'data/publishers.yaml',
			'data/links/fra-arm-caesar-2024.yaml'
		])
			utimesSync(join(root, file), when, when);
		expect(lastChangeDate(root)).toBe('2025-03-04');
	});
});

describe("the project's data", () => {
	it('passes every check', () => {
		expect(loadDataset(process.cwd(), '2026-11-27').problems.map(formatProblem)).toEqual([]);
	});

	it('has JSON Schemas for editors that are what the zod schema writes (npm run data:schema)', () => {
		for (const [file, schema] of Object.entries(jsonSchemas()))
			expect(JSON.parse(readFileSync(`data/schema/${file}`, 'utf8'))).toEqual(schema);
	});
});

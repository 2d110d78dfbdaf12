import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/data-files';
import { CSV_FIELDS, dataPackage, type TableField } from './datapackage';
import { toCsv } from './export';
import { LinkFileSchema } from './schema';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || row.length > 0) throw new Error('the CSV does not end with a line break');
	return rows;
}

/** What a Table Schema validator says of one value: null when it conforms. */
function problem(field: TableField, value: string): string | null {
	const c = field.constraints ?? {};
	if (value === '') return c.required ? 'is required' : null;
	if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'is not an integer';
	if (field.type === 'year' && !/^\d{4}$/.test(value)) return 'is not a year';
	if (field.type === 'date') {
		const date = new Date(`${value}T00:00:00Z`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || date.toISOString().slice(0, 10) !== value)
			return 'is not a date';
	}
	if (c.enum && !c.enum.includes(value)) return 'is not in the enum';
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return 'does not match';
	return null;
}

const real = loadDataset(process.cwd()).dataset!;
const csv = parseCsv(toCsv(real.links));
const pkg = dataPackage(real.version) as {
	version: string;
	licenses: { name: string }[];
	description: string;
	resources: {
		path: string;
		format: string;
		mediatype: string;
		encoding: string;
		schema?: { fields: TableField[]; primaryKey: string };
	}[];
};

describe('the data package', () => {
	it('describes ties.csv and ties.json, CC-BY-4.0, with the version and the sources policy', () => {
		expect(pkg.version).toBe(real.version);
		expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
		expect(pkg.description).toContain('Sources policy:');
		expect(pkg.resources.map((r) => [r.path, r.format, r.mediatype, r.encoding])).toEqual([
			['ties.csv', 'csv', 'text/csv', 'utf-8'],
			['ties.json', 'json', 'application/json', 'utf-8']
		]);
	});

	it('names the CSV’s columns in its header’s order, each with a type and a description', () => {
		const fields = pkg.resources[0]!.schema!.fields;
		expect(fields.map((f) => f.name)).toEqual(csv[0]);
		for (const field of fields) {
			expect(['string', 'integer', 'year', 'date']).toContain(field.type);
			expect(field.description.length).toBeGreaterThan(10);
		}
	});

	it('fits every value of the real CSV: its types, requirements, enums, patterns and key', () => {
		const fields = CSV_FIELDS;
		const rows = csv.slice(1);
		expect(rows).toHaveLength(real.links.length);
		const problems: string[] = [];
		for (const row of rows) {
			expect(row).toHaveLength(fields.length);
			fields.forEach((field, i) => {
				const p = problem(field, row[i]!);
				if (p) problems.push(`${row[0]}: ${field.name}: "${row[i]}" ${p}`);
			});
		}
		expect(problems).toEqual([]);
		const ids = rows.map((r) => r[0]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('leaves no field of a link file out of the CSV', () => {
		const columns = new Set(CSV_FIELDS.map((f) => f.name as string));
		for (const key of Object.keys(LinkFileSchema.shape)) expect(columns).toContain(key);
	});

	it('checks what it claims: a bad value is found', () => {
		const ordered = CSV_FIELDS.find((f) => f.name === 'ordered')!;
		const added = CSV_FIELDS.find((f) => f.name === 'added')!;
		const type = CSV_FIELDS.find((f) => f.name === 'type')!;
		expect(problem(ordered, '20x4')).toBe('is not a year');
		expect(problem(added, '2026-02-30')).toBe('is not a date');
		expect(problem(added, '')).toBe('is required');
		expect(problem(type, 'armz')).toBe('is not in the enum');
	});
});

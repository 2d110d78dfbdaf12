/**
 * `npm run data:schema`: writes the JSON Schemas of the data files (data/schema/), generated from
 * the one zod schema, for editors (the YAML language server reads the `$schema` line at the top of
 * each file). A unit test fails when the committed files are not what this writes.
 */
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/data/json-schema';

for (const [file, schema] of Object.entries(jsonSchemas()))
	writeFileSync(`data/schema/${file}`, `${JSON.stringify(schema, null, '\t')}\n`);
console.log(`Wrote ${Object.keys(jsonSchemas()).join(', ')} to data/schema/.`);

import { z } from 'zod';
import {
	ActorsFileSchema,
	ChronologyFileSchema,
	GlossaryFileSchema,
	GroupsFileSchema,
	LinkFileSchema,
	PublishersFileSchema,
	TranslationFileSchema
} from './schema';

/**
 * The JSON Schemas of the data files, by file name, as editors read them: the input side of the
 * schema (a bare year is accepted where a date is asked).
 */
export function jsonSchemas(): Record<string, unknown> {
	const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', target: 'draft-07' });
	return {
		'link.schema.json': toJson(LinkFileSchema),
		'actors.schema.json': toJson(ActorsFileSchema),
		'groups.schema.json': toJson(GroupsFileSchema),
		'publishers.schema.json': toJson(PublishersFileSchema),
		'coverage.schema.json': toJson(ChronologyFileSchema),
		'translation.schema.json': toJson(TranslationFileSchema),
		'glossary.schema.json': toJson(GlossaryFileSchema)
	};
}

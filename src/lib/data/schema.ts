/**
 * The one schema of the dataset's source files (`data/`): the TypeScript types come from it
 * (`z.infer`, see `types.ts`) and so does the JSON Schema that editors use to complete and check
 * the YAML files as they are typed (`npm run data:schema`). Build-time only: no page imports it.
 *
 * Rules that need more than one record (a link's actors and publishers exist, the same tie is not
 * recorded twice) are in `validate.ts`.
 */
import { z } from 'zod';
import {
	LINK_STATUSES,
	LINK_TYPE_IDS,
	PUBLISHER_KINDS,
	PUBLISHER_STANDINGS,
	SOUTH_CAUCASUS,
	TRANSLATED_LOCALES
} from './vocabulary';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sources often give only the year or the month. YAML reads a
 * bare year as a number, so a number is taken too and becomes the same text.
 */
export const PartialDateSchema = z
	.union(
		[
			z.string().regex(PARTIAL_DATE, 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'),
			z.number().int().min(1900).max(2100).meta({ description: 'a year' })
		],
		{ error: 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD' }
	)
	.transform(String)
	.refine(isRealDay, 'is not a day of the calendar')
	.meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD', examples: ['1994-05-12', '2008-08', 1991] });

function isRealDay(value: string): boolean {
	if (value.length < 10) return true;
	const [year, month, day] = value.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

const Year = z.number().int().min(1900).max(2100);

/** A whole day, `YYYY-MM-DD`: when a record was added or last corrected is always known exactly. */
const DaySchema = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'is not a day: write YYYY-MM-DD')
	.refine(isRealDay, 'is not a day of the calendar')
	.meta({ examples: ['2026-12-07'] });

export const ActorIdSchema = z
	.string()
	.regex(
		/^[A-Z][A-Z0-9]*$/,
		'is not an actor id: ISO alpha-3 for states (ARM), upper-case short name for organisations (NATO)'
	)
	.meta({ description: 'An actor id from data/actors.yaml', examples: ['ARM', 'RUS', 'EU'] });

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PublisherIdSchema = z
	.string()
	.regex(KEBAB, 'is not a publisher id: lower-case words joined by hyphens')
	.meta({ description: 'A publisher id from data/publishers.yaml', examples: ['reuters', 'nato'] });

const Text = z.string().trim().min(1, 'is empty');

export const SourceSchema = z
	.strictObject({
		publisher: PublisherIdSchema.meta({
			description: 'Who published the page at `url`: a publisher id from data/publishers.yaml'
		}),
		via: PublisherIdSchema.optional().meta({
			description:
				'Whose report the page carries, when that is not the publisher (a news agency, a ministry): a publisher id'
		}),
		title: Text.meta({ description: 'The page’s own headline or title, as it reads' }),
		url: z
			.url({ protocol: /^https?$/, hostname: /\./, error: 'is not an http(s) address' })
			.meta({ description: 'The address of a page you have read that says what the link says' }),
		date: PartialDateSchema.optional().meta({ description: 'When the page was published' })
	})
	.meta({ description: 'A page that says what the link says' });

export const LinkFileSchema = z
	.strictObject({
		type: z
			.enum(LINK_TYPE_IDS, { error: `is not a link type: use one of ${LINK_TYPE_IDS.join(', ')}` })
			.meta({
				description:
					'arms: transfers and deals; treaty: treaties and agreements; mission: missions, bases, deployments; aid: aid, loans, grants; energy: energy and transport infrastructure; diplomacy: formats, partnerships, high-level diplomacy; conflict: wars, ruptures, suspensions, sanctions'
			}),
		from: ActorIdSchema.meta({
			description: 'For arms, aid and missions: the supplier, donor or deploying side'
		}),
		to: ActorIdSchema.meta({ description: 'For arms, aid and missions: the recipient or host' }),
		parties: z.array(ActorIdSchema).min(1).optional().meta({
			description: 'Further parties of a multilateral link; it binds every pair of its parties'
		}),
		start: PartialDateSchema.meta({ description: 'When the tie began: signed, started, ordered' }),
		end: PartialDateSchema.nullable().meta({
			description:
				'When it ended (same form as start; equal to start for a one-day event); null while in force'
		}),
		status: z
			.enum(LINK_STATUSES, { error: `is not a status: use one of ${LINK_STATUSES.join(', ')}` })
			.optional(),
		title: Text.meta({ description: 'One line, in our words' }),
		summary: Text.meta({ description: 'What happened, in our words, with what the sources say' }),
		systems: z.array(Text).min(1).optional().meta({
			description: 'Arms: the systems transferred, e.g. "Su-30SM fighter aircraft"'
		}),
		quantity: Text.optional().meta({
			description: 'Arms: how many, as a source gives it, e.g. "4" or "about 30 launchers"'
		}),
		ordered: Year.optional().meta({ description: 'Arms: the year of the order or contract' }),
		delivered: z.array(Year).min(1).optional().meta({
			description: 'Arms: the years of delivery a source gives, in order'
		}),
		value: Text.optional().meta({ description: 'A value a source gives, as it gives it' }),
		uncertain: Text.optional().meta({
			description: 'Where sources disagree or are thin: say what is uncertain and why'
		}),
		sources: z.array(SourceSchema).min(1, 'has no source: every link needs at least one'),
		added: DaySchema.meta({ description: 'The day the link entered the record (YYYY-MM-DD)' }),
		updated: DaySchema.meta({
			description:
				'The day its facts or sources were last corrected (YYYY-MM-DD); the added day until then'
		})
	})
	.meta({
		title: 'A link of Caucasus Ties (data/links/<id>.yaml; the file name is the id)',
		description: 'One dated, sourced tie between actors'
	});

export const ActorSchema = z.strictObject({
	id: ActorIdSchema,
	name: Text.meta({ description: 'How the page names the actor' }),
	shortName: Text.meta({ description: 'An abridged name for narrow layouts' }),
	kind: z.enum(['state', 'organisation'], { error: 'is not a kind: use state or organisation' }),
	group: z.string().regex(KEBAB).meta({
		description: 'The partner group (data/groups.yaml) the actor is counted in on trend charts'
	}),
	isoNumeric: z
		.string()
		.regex(/^\d{3}$/)
		.optional()
		.meta({ description: 'ISO 3166-1 numeric code, for states drawn as shapes on the map' }),
	anchor: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).meta({
		description:
			'Capital or headquarters [longitude, latitude]: the compass direction of its marker'
	})
});

export const GroupSchema = z.strictObject({
	id: z.string().regex(KEBAB),
	name: Text,
	rationale: Text.meta({ description: 'Why these actors are counted together, shown on the page' })
});

export const PublisherSchema = z.strictObject({
	id: PublisherIdSchema,
	name: Text,
	home: z.url({ protocol: /^https?$/ }).meta({ description: 'The publisher’s home page' }),
	hosts: z
		.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/))
		.min(1)
		.optional()
		.meta({
			description:
				'Other web hosts that serve its pages (archives, content networks); its sources must be on its home page’s host or one of these, subdomains included'
		}),
	kind: z
		.enum(PUBLISHER_KINDS, { error: `is not a kind: use one of ${PUBLISHER_KINDS.join(', ')}` })
		.meta({
			description:
				'government and international-organisation are primary sources; newspaper covers broadcasters and news sites too'
		}),
	standing: z
		.enum(PUBLISHER_STANDINGS, {
			error: `is not a standing: use one of ${PUBLISHER_STANDINGS.join(', ')}`
		})
		.meta({
			description:
				'reputable: its word can carry a link; partisan: an interested party’s outlet; state-controlled: media its government controls; unreliable: never cited (content farms, reposts, disinformation)'
		}),
	reason: Text.optional().meta({
		description: 'Why the standing is not reputable, in one line (required unless reputable)'
	})
});

/**
 * A reference chronology written by others (`data/coverage/<id>.yaml`): every item it lists from
 * 1991 on, each with the links that record it, or why it is outside the record's scope. The items
 * with neither are what the record misses; recall is what share of in-scope items it holds.
 */
export const ChronologyItemSchema = z
	.strictObject({
		date: PartialDateSchema.meta({ description: 'The item’s date, as the chronology gives it' }),
		text: Text.meta({ description: 'The item, short, in our words' }),
		links: z.array(z.string().regex(KEBAB)).optional().meta({
			description:
				'Ids of data/links/<id>.yaml that record it; an empty list when the record misses it'
		}),
		out: Text.optional().meta({
			description: 'Why the item is outside the record’s scope (a domestic event, say)'
		})
	})
	.meta({ description: 'One item of the chronology' });

export const ChronologyFileSchema = z
	.strictObject({
		title: Text.meta({ description: 'The page’s own title' }),
		publisher: PublisherIdSchema,
		url: z.url({ protocol: /^https?$/, hostname: /\./, error: 'is not an http(s) address' }),
		date: PartialDateSchema.optional().meta({ description: 'The page’s date, if it shows one' }),
		states: z
			.array(z.enum(SOUTH_CAUCASUS, { error: 'is not one of ARM, AZE, GEO' }))
			.min(1)
			.meta({ description: 'Whose chronology it is' }),
		items: z.array(ChronologyItemSchema).min(1)
	})
	.meta({
		title: 'A reference chronology (data/coverage/<id>.yaml): what others list, and what we record'
	});

const Hash = z.string().regex(/^[0-9a-f]{8}$/, 'is not a hash: 8 hex digits');

/**
 * A link's texts in one locale (`data/i18n/<locale>/<id>.yaml`). `of` holds, per field, the hash
 * of the English text it translates, so a correction of the English marks it stale.
 */
export const TranslationFileSchema = z
	.strictObject({
		title: Text,
		summary: Text,
		uncertain: Text.optional(),
		status: z
			.enum(['machine', 'reviewed'], { error: 'is not a status: use machine or reviewed' })
			.meta({
				description:
					'machine: a draft nobody fluent has checked yet; reviewed: checked by a fluent reader'
			}),
		of: z.strictObject({ title: Hash, summary: Hash, uncertain: Hash.optional() }).meta({
			description: 'The hash of each English field translated (npm run data:i18n prints them)'
		})
	})
	.meta({ title: 'A link’s title and summary in one locale (data/i18n/<locale>/<id>.yaml)' });

const LocaleForms = z.strictObject(
	Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, z.array(Text).optional()])) as Record<
		(typeof TRANSLATED_LOCALES)[number],
		z.ZodOptional<z.ZodArray<typeof Text>>
	>
);

/** One contested name or word, the neutral form every locale uses for it, and why. */
export const GlossaryEntrySchema = z.strictObject({
	id: z.string().regex(KEBAB),
	en: Text.meta({ description: 'The English form the record uses' }),
	use: z
		.strictObject(
			Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, Text])) as Record<
				(typeof TRANSLATED_LOCALES)[number],
				typeof Text
			>
		)
		.meta({ description: 'The neutral form in each locale' }),
	avoid: LocaleForms.optional().meta({
		description:
			'Forms a translation must not use outside quotation marks, per locale: stems, matched inside words, so inflected forms are caught'
	}),
	rationale: Text.meta({ description: 'Why this form, in one or two sentences' })
});

export const GlossaryFileSchema = z
	.array(GlossaryEntrySchema)
	.meta({ title: 'The glossary of contested names: one neutral form per locale' });

export const ActorsFileSchema = z.array(ActorSchema).meta({ title: 'Actors of Caucasus Ties' });
export const GroupsFileSchema = z
	.array(GroupSchema)
	.meta({ title: 'Partner groups of Caucasus Ties, in the order trend charts stack them' });
export const PublishersFileSchema = z
	.array(PublisherSchema)
	.meta({ title: 'Publishers cited by Caucasus Ties' });

export type LinkFile = z.infer<typeof LinkFileSchema>;
export type SourceFile = z.infer<typeof SourceSchema>;
export type ActorRecord = z.infer<typeof ActorSchema>;
export type GroupRecord = z.infer<typeof GroupSchema>;
export type PublisherRecord = z.infer<typeof PublisherSchema>;
export type ChronologyFile = z.infer<typeof ChronologyFileSchema>;
export type TranslationFile = z.infer<typeof TranslationFileSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

import type { Actor, ActorId } from './types';

/**
 * How the page names each actor: all of an actor that the page's code needs. Where actors sit on
 * the map (`actors.ts`) is needed only to build it.
 */
export const ACTOR_NAMES: Record<ActorId, Pick<Actor, 'name' | 'shortName' | 'kind'>> = {
	ARM: { name: 'Armenia', shortName: 'Armenia', kind: 'state' },
	AZE: { name: 'Azerbaijan', shortName: 'Azerbaijan', kind: 'state' },
	GEO: { name: 'Georgia', shortName: 'Georgia', kind: 'state' },
	RUS: { name: 'Russia', shortName: 'Russia', kind: 'state' },
	TUR: { name: 'Turkey', shortName: 'Turkey', kind: 'state' },
	IRN: { name: 'Iran', shortName: 'Iran', kind: 'state' },
	EU: { name: 'European Union', shortName: 'EU', kind: 'organisation' },
	FRA: { name: 'France', shortName: 'France', kind: 'state' },
	DEU: { name: 'Germany', shortName: 'Germany', kind: 'state' },
	GRC: { name: 'Greece', shortName: 'Greece', kind: 'state' },
	CYP: { name: 'Cyprus', shortName: 'Cyprus', kind: 'state' },
	POL: { name: 'Poland', shortName: 'Poland', kind: 'state' },
	ITA: { name: 'Italy', shortName: 'Italy', kind: 'state' },
	GBR: { name: 'United Kingdom', shortName: 'UK', kind: 'state' },
	BEL: { name: 'Belgium', shortName: 'Belgium', kind: 'state' },
	NLD: { name: 'Netherlands', shortName: 'Netherlands', kind: 'state' },
	USA: { name: 'United States', shortName: 'USA', kind: 'state' },
	IND: { name: 'India', shortName: 'India', kind: 'state' },
	ISR: { name: 'Israel', shortName: 'Israel', kind: 'state' },
	PAK: { name: 'Pakistan', shortName: 'Pakistan', kind: 'state' },
	CHN: { name: 'China', shortName: 'China', kind: 'state' },
	UKR: { name: 'Ukraine', shortName: 'Ukraine', kind: 'state' },
	KAZ: { name: 'Kazakhstan', shortName: 'Kazakhstan', kind: 'state' },
	TKM: { name: 'Turkmenistan', shortName: 'Turkmenistan', kind: 'state' },
	BLR: { name: 'Belarus', shortName: 'Belarus', kind: 'state' },
	SRB: { name: 'Serbia', shortName: 'Serbia', kind: 'state' },
	HUN: { name: 'Hungary', shortName: 'Hungary', kind: 'state' },
	NATO: { name: 'NATO', shortName: 'NATO', kind: 'organisation' },
	CSTO: {
		name: 'Collective Security Treaty Organization',
		shortName: 'CSTO',
		kind: 'organisation'
	},
	OSCE: { name: 'OSCE', shortName: 'OSCE', kind: 'organisation' },
	UN: { name: 'United Nations', shortName: 'UN', kind: 'organisation' },
	EAEU: { name: 'Eurasian Economic Union', shortName: 'EAEU', kind: 'organisation' }
};

/** The actor's full name, or its id for an actor the list does not know (synthetic data). */
export function actorName(id: ActorId): string {
	return ACTOR_NAMES[id]?.name ?? id;
}

/** The actor's abridged name, or its id. */
export function actorShortName(id: ActorId): string {
	return ACTOR_NAMES[id]?.shortName ?? id;
}

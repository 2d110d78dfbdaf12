/**
 * Actors' names in each locale: states from CLDR (the runtime's `Intl.DisplayNames`, by their ISO
 * 3166-1 alpha-2 code), organisations from the messages. Pure but for the messages it reads.
 */
import type { Actor } from '../data/types';
import type { Locale } from './locale-paths';

/** ISO 3166-1 alpha-3 (the actors' ids) to alpha-2 (what CLDR names regions by). */
export const ISO2: Readonly<Record<string, string>> = {
	ARM: 'AM',
	AZE: 'AZ',
	GEO: 'GE',
	RUS: 'RU',
	TUR: 'TR',
	IRN: 'IR',
	FRA: 'FR',
	DEU: 'DE',
	GRC: 'GR',
	CYP: 'CY',
	POL: 'PL',
	ITA: 'IT',
	GBR: 'GB',
	BEL: 'BE',
	NLD: 'NL',
	USA: 'US',
	IND: 'IN',
	ISR: 'IL',
	PAK: 'PK',
	CHN: 'CN',
	UKR: 'UA',
	KAZ: 'KZ',
	TKM: 'TM',
	BLR: 'BY',
	SRB: 'RS',
	HUN: 'HU',
	CHE: 'CH',
	FIN: 'FI',
	JPN: 'JP',
	NOR: 'NO',
	ROU: 'RO',
	CZE: 'CZ',
	SVK: 'SK',
	ZAF: 'ZA',
	CAN: 'CA',
	SYR: 'SY',
	SAU: 'SA',
	UZB: 'UZ',
	BGR: 'BG',
	KOR: 'KR',
	ARE: 'AE',
	EST: 'EE',
	LVA: 'LV',
	LTU: 'LT',
	AFG: 'AF',
	QAT: 'QA',
	KGZ: 'KG',
	TJK: 'TJ',
	JOR: 'JO'
};

/** Short state names where CLDR's own are longer than a chord label can hold. */
const SHORT: Partial<Record<Locale, Record<string, string>>> = {
	hy: { GBR: 'Մեծ Բրիտանիա', ARE: 'ԱՄԷ', ZAF: 'ՀԱՀ' },
	az: { GBR: 'Britaniya', ARE: 'BƏƏ', ZAF: 'CAR' },
	ka: { GBR: 'ბრიტანეთი', ARE: 'აგს', ZAF: 'სამხრეთ აფრიკა' },
	ru: { ZAF: 'ЮАР', KOR: 'Южная Корея' }
};

export interface LocalName {
	name: string;
	shortName: string;
}

/** Organisations' names, by actor id, from the messages of one locale (see organisationNames). */
export type OrganisationNames = Readonly<Record<string, LocalName>>;

/** An actor's full and short name in `locale`: English as the data gives it. */
export function actorName(
	actor: Actor,
	locale: Locale,
	organisations: OrganisationNames
): LocalName {
	if (locale === 'en') return { name: actor.name, shortName: actor.shortName };
	if (actor.kind === 'organisation') return organisations[actor.id] ?? actor;
	const code = ISO2[actor.id];
	if (!code) return { name: actor.name, shortName: actor.shortName };
	const name = new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? actor.name;
	const short = new Intl.DisplayNames(locale, { type: 'region', style: 'short' }).of(code) ?? name;
	return { name, shortName: SHORT[locale]?.[actor.id] ?? short };
}

import { m } from '../paraglide/messages';
import type { Locale } from '../i18n/locale-paths';
import type { LinkTypeId } from './types';

export interface LinkType {
	id: LinkTypeId;
	/** Its name in the reader's locale. */
	readonly label: string;
	/** Lower-case word for running text, e.g. in the page title. */
	noun: string;
	/** Directed types run from supplier, donor or deploying side to recipient or host. */
	directed: boolean;
	colour: string;
	/** SVG dash pattern for lines of this type: a second channel for readers who cannot tell the colours apart. */
	dash: string;
}

/**
 * Colours from the Okabe-Ito palette, chosen to stay apart under the common colour-vision
 * deficiencies; its black is a mid grey here, so conflicts read on light and dark themes alike.
 */
export const LINK_TYPES: readonly LinkType[] = [
	{
		id: 'arms',
		noun: 'arms',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: true,
		colour: '#D55E00',
		dash: 'none'
	},
	{
		id: 'treaty',
		noun: 'treaties',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: false,
		colour: '#0072B2',
		dash: '10 4'
	},
	{
		id: 'mission',
		noun: 'missions',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: true,
		colour: '#009E73',
		dash: '2 3'
	},
	{
		id: 'aid',
		noun: 'aid',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: true,
		colour: '#CC79A7',
		dash: '10 3 2 3'
	},
	{
		id: 'energy',
		noun: 'energy',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: false,
		colour: '#E69F00',
		dash: '5 5'
	},
	{
		id: 'diplomacy',
		noun: 'diplomacy',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: false,
		colour: '#56B4E9',
		dash: '1 3'
	},
	{
		id: 'conflict',
		noun: 'conflict',
		get label() {
			return linkTypeLabel(this.id);
		},
		directed: false,
		colour: '#787078',
		dash: '14 3 2 3 2 3'
	}
];

export const LINK_TYPES_BY_ID: ReadonlyMap<LinkTypeId, LinkType> = new Map(
	LINK_TYPES.map((t) => [t.id, t])
);

export function isDirected(type: LinkTypeId): boolean {
	return LINK_TYPES_BY_ID.get(type)?.directed ?? false;
}

/** A link type's name in `locale` (the reader's by default): "Arms", "Вооружения". */
export function linkTypeLabel(id: LinkTypeId, locale?: Locale): string {
	const o = locale ? { locale } : {};
	switch (id) {
		case 'arms':
			return m.type_arms({}, o);
		case 'treaty':
			return m.type_treaty({}, o);
		case 'mission':
			return m.type_mission({}, o);
		case 'aid':
			return m.type_aid({}, o);
		case 'energy':
			return m.type_energy({}, o);
		case 'diplomacy':
			return m.type_diplomacy({}, o);
		case 'conflict':
			return m.type_conflict({}, o);
	}
}

import { t } from '../i18n/first-view';
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

/** A link type's name in the page's locale: "Arms", "Вооружения" (see first-view.ts). */
export function linkTypeLabel(id: LinkTypeId): string {
	switch (id) {
		case 'arms':
			return t('type_arms', 'Arms');
		case 'treaty':
			return t('type_treaty', 'Treaties');
		case 'mission':
			return t('type_mission', 'Missions and bases');
		case 'aid':
			return t('type_aid', 'Aid and loans');
		case 'energy':
			return t('type_energy', 'Energy and transport');
		case 'diplomacy':
			return t('type_diplomacy', 'Diplomacy');
		case 'conflict':
			return t('type_conflict', 'Conflict');
	}
}

import { t } from '../i18n/first-view';
import type { LinkTypeId } from './types';

export interface LinkType {
	id: LinkTypeId;
	/** Its name in the page's locale (see first-view.ts); written here in English. */
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
	{ id: 'arms', noun: 'arms', label: 'Arms', directed: true, colour: '#D55E00', dash: 'none' },
	{
		id: 'treaty',
		noun: 'treaties',
		label: 'Treaties',
		directed: false,
		colour: '#0072B2',
		dash: '10 4'
	},
	{
		id: 'mission',
		noun: 'missions',
		label: 'Missions and bases',
		directed: true,
		colour: '#009E73',
		dash: '2 3'
	},
	{
		id: 'aid',
		noun: 'aid',
		label: 'Aid and loans',
		directed: true,
		colour: '#CC79A7',
		dash: '10 3 2 3'
	},
	{
		id: 'energy',
		noun: 'energy',
		label: 'Energy and transport',
		directed: false,
		colour: '#E69F00',
		dash: '5 5'
	},
	{
		id: 'diplomacy',
		noun: 'diplomacy',
		label: 'Diplomacy',
		directed: false,
		colour: '#56B4E9',
		dash: '1 3'
	},
	{
		id: 'conflict',
		noun: 'conflict',
		label: 'Conflict',
		directed: false,
		colour: '#787078',
		dash: '14 3 2 3 2 3'
	}
];

// Each label is read in the page's locale, the English written above its fallback.
for (const type of LINK_TYPES) {
	const english = type.label;
	Object.defineProperty(type, 'label', {
		get: () => t(`type_${type.id}` as `type_${LinkTypeId}`, english)
	});
}

export const LINK_TYPES_BY_ID: ReadonlyMap<LinkTypeId, LinkType> = new Map(
	LINK_TYPES.map((t) => [t.id, t])
);

export function isDirected(type: LinkTypeId): boolean {
	return LINK_TYPES_BY_ID.get(type)?.directed ?? false;
}

/** A link type's name in the page's locale: "Arms", "Вооружения". */
export function linkTypeLabel(id: LinkTypeId): string {
	return LINK_TYPES_BY_ID.get(id)!.label;
}

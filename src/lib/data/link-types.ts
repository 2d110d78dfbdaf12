import { t } from '../i18n/first-view';
import type { LinkTypeId } from './types';

export interface LinkType {
	id: LinkTypeId;
	/** Its name in the page's locale (see first-view.ts). */
	readonly label: string;
	/** Its lower-case word for running text in the page's locale, e.g. in the page title. */
	readonly noun: string;
	/** Directed types run from supplier, donor or deploying side to recipient or host. */
	directed: boolean;
	colour: string;
	/** SVG dash pattern for lines of this type: a second channel for readers who cannot tell the colours apart. */
	dash: string;
}

/**
 * How each type is drawn. Colours from the Okabe-Ito palette, chosen to stay apart under the common colour-vision
 * deficiencies; its black is a mid grey here, so conflicts read on light and dark themes alike.
 */
const LOOKS: readonly Omit<LinkType, 'label' | 'noun'>[] = [
	{ id: 'arms', directed: true, colour: '#D55E00', dash: 'none' },
	{
		id: 'treaty',
		directed: false,
		colour: '#0072B2',
		dash: '10 4'
	},
	{
		id: 'mission',
		directed: true,
		colour: '#009E73',
		dash: '2 3'
	},
	{
		id: 'aid',
		directed: true,
		colour: '#CC79A7',
		dash: '10 3 2 3'
	},
	{
		id: 'energy',
		directed: false,
		colour: '#E69F00',
		dash: '5 5'
	},
	{
		id: 'diplomacy',
		directed: false,
		colour: '#56B4E9',
		dash: '1 3'
	},
	{
		id: 'conflict',
		directed: false,
		colour: '#787078',
		dash: '14 3 2 3 2 3'
	}
];

/** The link types, each name read in the page's locale when it is shown. */
export const LINK_TYPES: readonly LinkType[] = LOOKS.map((look) =>
	Object.defineProperties(
		{ ...look },
		{
			label: { get: () => t(`type_${look.id}`), enumerable: true },
			noun: { get: () => t(`noun_${look.id}`), enumerable: true }
		}
	)
) as LinkType[];

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

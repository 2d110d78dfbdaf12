import type { LinkTypeId } from './types';

export interface LinkType {
	id: LinkTypeId;
	label: string;
	/** Lower-case word for running text, e.g. in the page title. */
	noun: string;
	/** Directed types run from supplier, donor or deploying side to recipient or host. */
	directed: boolean;
	colour: string;
}

/** Colours from the Okabe-Ito palette, chosen to stay apart under the common colour-vision deficiencies. */
export const LINK_TYPES: readonly LinkType[] = [
	{ id: 'arms', noun: 'arms', label: 'Arms', directed: true, colour: '#D55E00' },
	{ id: 'treaty', noun: 'treaties', label: 'Treaties', directed: false, colour: '#0072B2' },
	{
		id: 'mission',
		noun: 'missions',
		label: 'Missions and bases',
		directed: true,
		colour: '#009E73'
	},
	{ id: 'aid', noun: 'aid', label: 'Aid and loans', directed: true, colour: '#CC79A7' },
	{
		id: 'energy',
		noun: 'energy',
		label: 'Energy and transport',
		directed: false,
		colour: '#E69F00'
	},
	{ id: 'diplomacy', noun: 'diplomacy', label: 'Diplomacy', directed: false, colour: '#56B4E9' },
	{ id: 'conflict', noun: 'conflict', label: 'Conflict', directed: false, colour: '#3b3b3b' }
];

export const LINK_TYPES_BY_ID: ReadonlyMap<LinkTypeId, LinkType> = new Map(
	LINK_TYPES.map((t) => [t.id, t])
);

export function isDirected(type: LinkTypeId): boolean {
	return LINK_TYPES_BY_ID.get(type)?.directed ?? false;
}

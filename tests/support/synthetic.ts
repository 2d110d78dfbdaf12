import { nearDuplicateKey } from '../../src/lib/data/validate';
import { SOUTH_CAUCASUS } from '../../src/lib/data/vocabulary';
import {
	LINK_TYPE_IDS,
	type Actor,
	type ActorId,
	type Dataset,
	type Link
} from '../../src/lib/data/types';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same dataset. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const EXAMPLE = {
	id: 'example',
	name: 'Example',
	home: 'https://example.org/',
	kind: 'other',
	standing: 'reputable'
} as const;

/**
 * A synthetic but valid dataset for measuring scale: the actors and groups of `base` plus invented
 * actors up to `actorCount`, and `linkCount` links with random types, dates and partners of the
 * three states. Not facts: the sources point at example.org.
 */
export function syntheticDataset(
	linkCount: number,
	base: Pick<Dataset, 'actors' | 'groups'>,
	actorCount = 60,
	seed = 1
): Dataset {
	const next = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const two = (n: number) => String(n).padStart(2, '0');
	const extra: Actor[] = Array.from(
		{ length: Math.max(0, actorCount - base.actors.length) },
		(_, k) => ({
			id: `S${String(k + 1).padStart(2, '0')}`,
			name: `Synthetic actor ${k + 1}`,
			shortName: `S${k + 1}`,
			kind: 'state',
			group: base.groups.at(-1)!.id,
			anchor: [-170 + next() * 340, -60 + next() * 130]
		})
	);
	const actors = [...base.actors, ...extra].slice(0, actorCount);
	const drawLink = (k: number): Link => {
		// Like the real data, every link binds one of the three states, either way round.
		const state: ActorId = pick(SOUTH_CAUCASUS);
		let partner = pick(actors).id;
		while (partner === state) partner = pick(actors).id;
		const [from, to] = k % 2 === 0 ? [state, partner] : [partner, state];
		const startYear = 1991 + Math.floor(next() * 36);
		const ended = next() < 0.5;
		const endYear = Math.min(2026, startYear + Math.floor(next() * 10));
		return {
			id: `synthetic-${k}`,
			type: pick(LINK_TYPE_IDS),
			from,
			to,
			start: `${startYear}-${two(1 + Math.floor(next() * 12))}-${two(1 + Math.floor(next() * 28))}`,
			end: ended ? String(endYear) : null,
			title: `Synthetic link ${k}`,
			summary: 'A synthetic link for performance measurement; not a fact.',
			sources: [
				{
					publisher: EXAMPLE.name,
					publisherId: EXAMPLE.id,
					title: `Synthetic source ${k}`,
					url: `https://example.org/${k}`
				}
			],
			added: '2026-11-27',
			updated: '2026-11-27'
		};
	};
	// Draw again when a link would record the same tie as an earlier one: the validator refuses that.
	const seen = new Set<string>();
	const links = Array.from({ length: linkCount }, (_, k) => {
		let link = drawLink(k);
		while (seen.has(nearDuplicateKey(link))) link = drawLink(k);
		seen.add(nearDuplicateKey(link));
		return link;
	});
	return {
		version: `2026-11-27.synthetic-${linkCount}`,
		actors,
		groups: base.groups,
		publishers: [EXAMPLE],
		links
	};
}

import type { Actor, ActorId } from './types';

/** How the pages name an actor: all of an actor that their code needs. */
export type ActorLabel = Pick<Actor, 'id' | 'name' | 'shortName'>;

export interface ActorNames {
	/** The actor's full name, or its id for an actor the list does not know. */
	name(id: ActorId): string;
	/** The actor's abridged name for narrow layouts, or its id. */
	shortName(id: ActorId): string;
}

export function actorNames(labels: readonly ActorLabel[]): ActorNames {
	const byId = new Map(labels.map((label) => [label.id, label]));
	return {
		name: (id) => byId.get(id)?.name ?? id,
		shortName: (id) => byId.get(id)?.shortName ?? id
	};
}

/** The labels of `actors`, in their order. */
export function actorLabels(actors: readonly Actor[]): ActorLabel[] {
	return actors.map(({ id, name, shortName }) => ({ id, name, shortName }));
}

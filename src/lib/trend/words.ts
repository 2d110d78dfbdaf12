import { m } from '../paraglide/messages';
/** Ties and conflicts in force, in words: "30 ties and 4 conflicts in force". */
export function inForceText(ties: number, conflicts: number): string {
	if (conflicts === 0) return m.ties_in_force({ count: ties });
	return m.ties_conflicts_in_force({
		ties: m.tie_count({ count: ties }),
		conflicts: m.conflict_count({ count: conflicts })
	});
}

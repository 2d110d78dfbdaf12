import { DATASET } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => DATASET.actors.map((a) => ({ id: a.id }));
export const load: PageServerLoad = ({ params }) => ({ id: params.id });

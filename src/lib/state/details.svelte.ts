import type { Link, LinkCore } from '../data/types';

export type DetailsStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Titles, summaries and sources, loaded from the dataset download once the first view is up, or at
 * once when a reader pins an actor before then. A failure is kept with its reason so the page can
 * say what went wrong and offer to try again.
 */
export class LinkDetails {
	status: DetailsStatus = $state('idle');
	problem = $state('');
	links: ReadonlyMap<string, Link> = $state.raw(new Map());
	readonly #url: string;
	readonly #version: string;
	readonly #ids: readonly string[];
	/** The load under way, so that a second caller waits for it rather than finding it unfinished. */
	#loading: Promise<void> | null = null;

	/** `version` and `ids` describe the dataset the page was built with. */
	constructor(url: string, version: string, ids: readonly string[]) {
		this.#url = url;
		this.#version = version;
		this.#ids = ids;
	}

	/** Starts loading unless it is under way or done; resolves when it settles, for every caller. */
	load(fetchFile: typeof fetch = fetch): Promise<void> {
		if (this.status === 'ready') return Promise.resolve();
		this.#loading ??= this.#fetch(fetchFile).finally(() => (this.#loading = null));
		return this.#loading;
	}

	async #fetch(fetchFile: typeof fetch): Promise<void> {
		this.status = 'loading';
		try {
			const response = await fetchFile(this.#url);
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			// Checking the file is only needed once it has come: its code comes with it.
			const { readDetails } = await import('../data/details');
			const result = readDetails(await response.json(), this.#version, this.#ids);
			if (!result.ok) throw new Error(result.problem);
			this.links = result.links;
			this.status = 'ready';
		} catch (error) {
			this.problem = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	/** The full links behind `cores`, in the same order, joined by id; empty until loaded. */
	fullLinks(cores: readonly LinkCore[]): Link[] {
		return this.status === 'ready' ? cores.map((core) => this.links.get(core.id)!) : [];
	}

	/** A link's title once loaded. */
	titleOf(core: LinkCore): string | undefined {
		return this.links.get(core.id)?.title;
	}
}

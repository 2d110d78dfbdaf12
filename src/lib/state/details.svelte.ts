import type { LinkText } from '../data/link-texts';
import type { Link, LinkCore } from '../data/types';

export type DetailsStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where the links' details come from: the dataset download, and on a translated page its texts. */
export interface DetailsFiles {
	dataset: string;
	/** `/data/texts/<locale>.json`, or null on an English page. */
	texts: string | null;
}

/** A link as the panels show it: its text in the page's locale, and how that text was made. */
export type ShownLink = Link & { textStatus: LinkText['status'] | 'original' };

/**
 * Titles, summaries and sources, loaded from the dataset download once the first view is up, or at
 * once when a reader pins an actor before then; on a translated page, with the links' texts in its
 * locale. A failure is kept with its reason so the page can say what went wrong and offer to try
 * again.
 */
export class LinkDetails {
	status: DetailsStatus = $state('idle');
	problem = $state('');
	/** The links as the record gives them, in English: what the exports hold. */
	links: ReadonlyMap<string, Link> = $state.raw(new Map());
	/** The links' texts in the page's locale; empty on an English page. */
	texts: ReadonlyMap<string, LinkText> = $state.raw(new Map());
	readonly #files: DetailsFiles;
	readonly #version: string;
	readonly #ids: readonly string[];
	/** The load under way, so that a second caller waits for it rather than finding it unfinished. */
	#loading: Promise<void> | null = null;

	/** `version` and `ids` describe the dataset the page was built with. */
	constructor(files: DetailsFiles, version: string, ids: readonly string[]) {
		this.#files = files;
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
			const json = async (url: string) => {
				const response = await fetchFile(url);
				if (!response.ok) throw new Error(`the server answered ${response.status}`);
				return response.json();
			};
			const { dataset, texts } = this.#files;
			const [data, localized] = await Promise.all([json(dataset), texts ? json(texts) : null]);
			// Checking the files is only needed once they have come: its code comes with them.
			const { readDetails } = await import('../data/details');
			const result = readDetails(data, this.#version, this.#ids);
			if (!result.ok) throw new Error(result.problem);
			if (localized !== null) {
				const { readTexts } = await import('../data/link-texts');
				const read = readTexts(localized, this.#version, this.#ids);
				if (!read.ok) throw new Error(read.problem);
				this.texts = read.texts;
			}
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

	/** The links behind `cores` with their text in the page's locale; empty until loaded. */
	shownLinks(cores: readonly LinkCore[]): ShownLink[] {
		return this.fullLinks(cores).map((link) => {
			const text = this.texts.get(link.id);
			if (!text) return { ...link, textStatus: 'original' };
			const { title, summary, uncertain, status } = text;
			const shown: ShownLink = { ...link, title, summary, textStatus: status };
			// The English uncertainty never shows under a translated summary that has none.
			if (uncertain) shown.uncertain = uncertain;
			else delete shown.uncertain;
			return shown;
		});
	}

	/** A link's title in the page's locale once loaded. */
	titleOf(core: LinkCore): string | undefined {
		return this.texts.get(core.id)?.title ?? this.links.get(core.id)?.title;
	}
}

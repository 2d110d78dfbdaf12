/**
 * Code the first view does not need, loaded once, on demand. `module` is null until it arrives;
 * if it cannot, `problem` says why and a later `load()` tries again.
 */
export class ModuleLoader<M> {
	module: M | null = $state.raw(null);
	problem = $state('');
	readonly #import: () => Promise<M>;
	#loading: Promise<void> | null = null;

	constructor(importModule: () => Promise<M>) {
		this.#import = importModule;
	}

	load(): Promise<void> {
		this.#loading ??= this.#import().then(
			(module) => {
				this.module = module;
				this.problem = '';
			},
			(error: unknown) => {
				this.problem = error instanceof Error ? error.message : String(error);
				this.#loading = null;
			}
		);
		return this.#loading;
	}
}

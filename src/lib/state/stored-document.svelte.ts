import { DocumentStore, type DocumentSpec, type StorageLike } from '$lib/storage/store.ts';
import { watch } from './notices.svelte.ts';

/**
 * One of the learner's stored documents as the pages see it: loaded once per tab, stored the
 * moment it changes, kept in step with other tabs, its health reported to the layout's banner.
 */
export abstract class StoredDocument<T> {
	/** Replaced whole on every change, never mutated in place: a raw state, with no deep proxy. */
	value: T;
	loaded = $state(false);
	readonly store: DocumentStore<T>;

	constructor(spec: DocumentSpec<T>, storage: StorageLike | undefined) {
		this.store = new DocumentStore(spec, { storage, now: Date.now });
		this.value = $state.raw(this.store.value);
		this.store.subscribe((value, health) => {
			this.value = value;
			watch({
				name: spec.name,
				health,
				store: this.store,
				stored: () => storage?.getItem(this.store.key) ?? null
			});
		});
	}

	/** Loads the document and follows other tabs; runs once, in the browser. */
	start(): void {
		if (this.loaded) return;
		this.store.load();
		this.loaded = true;
		addEventListener('storage', (event) => {
			if (event.key === this.store.key) this.store.receive(event.newValue);
		});
		addEventListener('pagehide', () => this.store.flush());
		// A write refused for want of space is tried again when the learner comes and goes.
		document.addEventListener('visibilitychange', () => this.store.flush());
	}
}

import { browser } from '$app/environment';
import { progressDocument } from '$lib/progress/document.ts';
import { emptyProgress, type Progress } from '$lib/progress/model.ts';
import { DocumentStore, type Health, type StorageLike } from '$lib/storage/store.ts';
import { browserStorage } from './storage.ts';
import { watch } from './notices.svelte.ts';

/**
 * The learner's progress as the pages see it: loaded once per tab, stored the moment it changes,
 * and kept in step with other tabs.
 */
export class AppState {
	/** Replaced whole on every change, never mutated in place: a raw state, with no deep proxy. */
	progress = $state.raw<Progress>(emptyProgress('unloaded'));
	health = $state<Health>({ state: 'new' });
	/** Whether the browser promised not to evict the data (navigator.storage.persist). */
	persisted = $state<boolean | undefined>(undefined);
	loaded = $state(false);
	readonly store: DocumentStore<Progress>;

	constructor(storage: StorageLike | undefined) {
		this.store = new DocumentStore(progressDocument(Math.random), {
			storage,
			now: Date.now
		});
		this.store.subscribe((value, health) => {
			this.progress = value;
			this.health = health;
			watch({
				name: 'progress',
				health,
				store: this.store as DocumentStore<unknown>,
				stored: () => storage?.getItem(this.store.key) ?? null
			});
		});
	}

	/** Loads the data and follows other tabs; runs once, in the browser. */
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
		navigator.storage
			?.persist?.()
			.then((granted) => (this.persisted = granted))
			.catch(() => (this.persisted = false));
	}

	/** Changes the progress document and stores it. */
	update(change: (progress: Progress) => Progress): void {
		this.store.update(change);
	}
}

let app: AppState | undefined;

/** The one AppState of this tab, created and loaded on first use in the browser. */
export function getApp(): AppState {
	if (!app) {
		app = new AppState(browser ? browserStorage() : undefined);
		if (browser) app.start();
	}
	return app;
}

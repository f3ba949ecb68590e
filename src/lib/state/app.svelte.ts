import { browser } from '$app/environment';
import { progressDocument } from '$lib/progress/document.ts';
import type { Progress } from '$lib/progress/model.ts';
import type { StorageLike } from '$lib/storage/store.ts';
import { browserStorage } from '$lib/browser/storage.ts';
import { StoredDocument } from './stored-document.svelte.ts';

/** The learner's progress as the pages see it (see StoredDocument). */
export class AppState extends StoredDocument<Progress> {
	/** Whether the browser promised not to evict the data (navigator.storage.persist). */
	persisted = $state<boolean | undefined>(undefined);

	constructor(storage: StorageLike | undefined) {
		super(progressDocument(Math.random), storage);
	}

	get progress(): Progress {
		return this.value;
	}

	/** Loads the data, follows other tabs and asks the browser to keep it; runs once. */
	override start(): void {
		if (this.loaded) return;
		super.start();
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

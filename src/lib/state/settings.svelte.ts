import { browser } from '$app/environment';
import { settingsDocument, type Settings } from '$lib/progress/settings.ts';
import type { StorageLike } from '$lib/storage/store.ts';
import { browserStorage } from '$lib/browser/storage.ts';
import { StoredDocument } from './stored-document.svelte.ts';

/** The learner's settings as the pages see them (see StoredDocument). */
export class SettingsState extends StoredDocument<Settings> {
	constructor(storage: StorageLike | undefined) {
		super(settingsDocument, storage);
	}

	/** Changes some settings and saves them. */
	update(change: Partial<Omit<Settings, 'updatedAt'>>): void {
		this.store.update((settings) => ({ ...settings, ...change, updatedAt: Date.now() }));
	}
}

let settings: SettingsState | undefined;

/** The one SettingsState of this tab, created and loaded on first use in the browser. */
export function getSettings(): SettingsState {
	if (!settings) {
		settings = new SettingsState(browser ? browserStorage() : undefined);
		if (browser) settings.start();
	}
	return settings;
}

import { browser } from '$app/environment';
import { DEFAULT_SETTINGS, settingsDocument, type Settings } from '$lib/progress/settings.ts';
import { DocumentStore, type Health, type StorageLike } from '$lib/storage/store.ts';
import { browserStorage } from './storage.ts';
import { watch } from './notices.svelte.ts';

/** The learner's settings as pages see them: loaded once per tab, kept in step with other tabs. */
export class SettingsState {
	value = $state<Settings>({ ...DEFAULT_SETTINGS });
	health = $state<Health>({ state: 'new' });
	readonly store: DocumentStore<Settings>;

	constructor(storage: StorageLike | undefined) {
		this.store = new DocumentStore(settingsDocument, { storage, now: Date.now });
		this.store.subscribe((value, health) => {
			this.value = value;
			this.health = health;
			watch({
				name: 'settings',
				health,
				store: this.store as DocumentStore<unknown>,
				stored: () => storage?.getItem(this.store.key) ?? null
			});
		});
	}

	/** Loads the settings and follows changes made in other tabs. */
	start(): void {
		this.store.load();
		addEventListener('storage', (event) => {
			if (event.key === this.store.key) this.store.receive(event.newValue);
		});
		addEventListener('pagehide', () => this.store.flush());
		// A write refused for want of space is tried again when the learner comes and goes.
		document.addEventListener('visibilitychange', () => this.store.flush());
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

import { datedName, download } from '$lib/browser/download.ts';
import { keptCopyPrefix, newGeneration, parseKeptCopyKey } from '$lib/ids.ts';
import { importPreview, mergeProgress, type ImportPreview } from '$lib/progress/log.ts';
import { emptyProgress, type Progress } from '$lib/progress/model.ts';
import type { Settings } from '$lib/progress/settings.ts';
import { documentFor, readBackup } from '$lib/storage/backup.ts';
import { listKeys, type StorageLike } from '$lib/storage/store.ts';
import type { AppState } from './app.svelte.ts';
import type { SettingsState } from './settings.svelte.ts';

/** A backup read from a file, waiting for the learner to merge it, replace with it or cancel. */
export interface PendingImport {
	file: string;
	progress?: Progress;
	settings?: Settings;
	/** What a merge adds and a replace drops, when the backup holds progress. */
	preview?: ImportPreview;
	/** Records of the file that could not be read and will be left out. */
	rejected: number;
}

/** Stored data factdeck could not read, kept unchanged under its own key. */
export interface SetAsideCopy {
	key: string;
	/** The document it was read for: progress or settings. */
	document: string;
	/** When it was set aside, in ms since the epoch. */
	at: number;
}

/**
 * The learner's data as the progress page manages it: a backup file read and previewed, then
 * merged with or replacing what is here (a backup of what was here kept first); a reset; and the
 * copies of unreadable data set aside, to download or delete. `message` says what was done.
 */
export class LearnerData {
	message = $state('');
	pending = $state.raw<PendingImport>();
	setAside = $state.raw<SetAsideCopy[]>([]);

	readonly #app: AppState;
	readonly #settings: SettingsState;
	readonly #storage: StorageLike | undefined;
	readonly #now: () => number;
	readonly #random: () => number;

	constructor(
		app: AppState,
		settings: SettingsState,
		storage: StorageLike | undefined,
		now: () => number = Date.now,
		random: () => number = Math.random
	) {
		this.#app = app;
		this.#settings = settings;
		this.#storage = storage;
		this.#now = now;
		this.#random = random;
	}

	/** Reads which copies are set aside: once the page is up, and after each change. */
	refresh(): void {
		const storage = this.#storage;
		this.setAside = storage
			? listKeys(storage, keptCopyPrefix('set-aside'))
					.flatMap((key) => {
						const copy = parseKeptCopyKey(key);
						return copy ? [{ key, document: copy.document, at: copy.at }] : [];
					})
					.sort((a, b) => b.at - a.at)
			: [];
	}

	/** Reads a backup file's text and previews it; a file that cannot be read changes nothing. */
	read(file: string, text: string): void {
		this.message = '';
		this.pending = undefined;
		const read = readBackup(text, [this.#app.store, this.#settings.store]);
		if ('error' in read) {
			this.message = read.error;
			return;
		}
		const progress = documentFor(read.documents, this.#app.store)?.value;
		this.pending = {
			file,
			progress,
			settings: documentFor(read.documents, this.#settings.store)?.value,
			preview: progress ? importPreview(this.#app.progress, progress) : undefined,
			rejected: read.documents.reduce((sum, d) => sum + d.rejected.length, 0)
		};
	}

	/** Drops the backup read and the last message, changing nothing. */
	cancel(): void {
		this.message = '';
		this.pending = undefined;
	}

	/**
	 * Merges the backup read into what is here, or replaces what is here with it; either way a
	 * backup of what was here is kept first.
	 */
	apply(mode: 'merge' | 'replace'): void {
		if (!this.pending) return;
		const { progress, settings: incoming, preview } = this.pending;
		if (progress) {
			if (mode === 'merge') {
				this.#app.store.backup('before-import');
				this.#app.update((current) =>
					mergeProgress(current, { ...progress, generation: current.generation })
				);
			} else
				this.#app.store.replace(
					{ ...progress, generation: newGeneration(this.#now(), this.#random) },
					'before-import'
				);
		}
		if (incoming) {
			if (mode === 'replace')
				this.#settings.store.replace({ ...incoming, updatedAt: this.#now() }, 'before-import');
			else
				this.#settings.store.update((current) =>
					incoming.updatedAt > current.updatedAt ? incoming : current
				);
		}
		this.message =
			mode === 'merge'
				? `Imported: ${preview?.newAttempts ?? 0} answers added. A backup of what was here is kept.`
				: `Replaced with the backup's ${preview?.incomingAttempts ?? 0} answers. A backup of what was here is kept.`;
		this.pending = undefined;
	}

	/** Clears every answer, score and review, keeping a backup of them in this browser. */
	reset(): void {
		this.#app.store.replace(
			emptyProgress(newGeneration(this.#now(), this.#random)),
			'before-reset'
		);
		this.message = 'Your progress is reset. A backup of it is kept in this browser.';
	}

	/** Saves a copy set aside as a file, exactly as it was stored. */
	downloadSetAside(copy: SetAsideCopy): void {
		const text = this.#storage?.getItem(copy.key);
		if (text === null || text === undefined) {
			this.message = 'That copy is no longer in this browser.';
			this.refresh();
			return;
		}
		download(
			datedName(`factdeck-${copy.document}-set-aside`, 'txt', this.#now()),
			text,
			'text/plain'
		);
	}

	/** Deletes a copy set aside. */
	removeSetAside(copy: SetAsideCopy): void {
		this.#storage?.removeItem(copy.key);
		this.refresh();
	}
}

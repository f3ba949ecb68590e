import type { Page } from '@playwright/test';
import * as v from 'valibot';

/**
 * A stored quiz record, `[id, deck, seed, count, forms, order, questions, started, finished,
 * class, answers]` (see `StoredProgress` in src/lib/progress/codec.ts): tests read its id and
 * its answers.
 */
const StoredQuizSchema = v.looseTuple([
	v.string(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.unknown(),
	v.array(v.unknown())
]);

/**
 * The progress document as the app stores it, `{ factdeck: 'progress', version, savedAt, data }`
 * (see `Envelope` in src/lib/storage/store.ts), checked for what tests read: its version, and in
 * its data the quizzes and the answers outside them, by hour. Every other field is kept as it is.
 */
const StoredProgressSchema = v.looseObject({
	factdeck: v.literal('progress'),
	version: v.number(),
	data: v.looseObject({
		quizzes: v.array(StoredQuizSchema),
		hours: v.record(v.string(), v.array(v.unknown()))
	})
});

export type StoredProgress = v.InferInput<typeof StoredProgressSchema>;

/**
 * Reads the stored text of a progress document; throws when there is none (`null`, what
 * `localStorage.getItem` gives for a missing key) or it is not one. What it gives is the parsed
 * JSON itself, checked but not copied, so that every key (even `__proto__`) is as stored.
 */
export function readStoredProgress(raw: string | null): StoredProgress {
	if (raw === null) throw new Error('No progress document is stored.');
	const json: unknown = JSON.parse(raw);
	v.assert(StoredProgressSchema, json);
	return json;
}

/** A backup file (see `Backup` in src/lib/storage/backup.ts), checked for the progress it holds. */
const BackupFileSchema = v.looseObject({
	factdeck: v.literal('backup'),
	documents: v.looseObject({ progress: StoredProgressSchema })
});

/** Reads an exported backup file's text, as `readStoredProgress` does; throws when it is not a backup holding progress. */
export function readBackupFile(text: string): v.InferInput<typeof BackupFileSchema> {
	const json: unknown = JSON.parse(text);
	v.assert(BackupFileSchema, json);
	return json;
}

/** Every item of the page's localStorage, by key, as `{ ...localStorage }` gives them. */
export function storageItems(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() => {
		const items: Record<string, string> = {};
		for (const key of Object.keys(localStorage)) {
			const value = localStorage.getItem(key);
			if (value !== null) items[key] = value;
		}
		return items;
	});
}

import * as v from 'valibot';
import type { DocumentStore, Envelope, Rejected } from './store.ts';

/** The largest backup file read, in characters: years of study take a few megabytes. */
export const MAX_BACKUP = 50_000_000;

/** A backup file: every document, in its stored shape. */
export interface Backup {
	factdeck: 'backup';
	version: 1;
	exportedAt: number;
	documents: Record<string, Envelope>;
}

/** What a backup needs of a store: its key, its document as held, and a reader for another copy. */
export type BackedUp<T = unknown> = Pick<DocumentStore<T>, 'key' | 'snapshot' | 'readForeign'>;

/** Gathers every document, as held in memory (so an export works even when storage does not). */
export function createBackup(stores: readonly BackedUp[], now: number): Backup {
	return {
		factdeck: 'backup',
		version: 1,
		exportedAt: now,
		documents: Object.fromEntries(
			stores.map((store) => [store.key.split(':').at(-1)!, store.snapshot()])
		)
	};
}

const BackupSchema = v.object({
	factdeck: v.literal('backup'),
	version: v.literal(1),
	exportedAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
	documents: v.record(v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/)), v.unknown())
});

/** One document of a backup, read and ready to merge or to replace what is there. */
export interface ReadDocument<T> {
	name: string;
	/** The store that read it, and whose document it is. */
	store: BackedUp;
	value: T;
	rejected: Rejected[];
}

/**
 * Reads a backup file's text against the stores it is for. Never throws: a bad file gets one
 * sentence saying what is wrong, and nothing is changed until the learner confirms.
 */
export function readBackup(
	text: string,
	stores: readonly BackedUp[]
): { documents: ReadDocument<unknown>[]; exportedAt: number } | { error: string } {
	if (text.length > MAX_BACKUP) return { error: 'This file is too large to be a factdeck backup.' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { error: 'This file is not a factdeck backup: it is not JSON.' };
	}
	const parsed = v.safeParse(BackupSchema, json);
	if (!parsed.success) return { error: 'This file is not a factdeck backup.' };
	const documents: ReadDocument<unknown>[] = [];
	for (const [name, envelope] of Object.entries(parsed.output.documents)) {
		const store = stores.find((s) => s.key.split(':').at(-1) === name);
		if (!store) continue;
		const read = store.readForeign(envelope);
		if ('error' in read)
			return { error: `The ${name} in this backup cannot be read: ${read.error}.` };
		documents.push({ name, store, ...read });
	}
	if (documents.length === 0) return { error: 'This backup holds nothing factdeck can use.' };
	return { documents, exportedAt: parsed.output.exportedAt };
}

/** The document a read backup holds for `store`, as that store's type, if it holds one. */
export function documentFor<T>(
	documents: readonly ReadDocument<unknown>[],
	store: BackedUp<T>
): ReadDocument<T> | undefined {
	// Each document was read by the store it names (`readForeign`), so its value is that store's.
	return documents.find((document) => document.store === store) as ReadDocument<T> | undefined;
}

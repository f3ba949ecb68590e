import type { DocumentStore, Health } from '$lib/storage/store.ts';

/** A document whose health the layout reports: progress, settings. */
export interface Watched {
	name: string;
	health: Health;
	/** What the notices do to the store: clear unreadable data kept in place. */
	store: Pick<DocumentStore<unknown>, 'clearUnreadable'>;
	/** The document's text as stored now, for a document a newer version wrote. */
	stored: () => string | null;
}

/** The documents loaded in this tab, so one banner can speak for all of them. */
export const watched = $state<Watched[]>([]);

/** Registers a document, or updates its health. */
export function watch(entry: Watched): void {
	const known = watched.findIndex((w) => w.name === entry.name);
	if (known >= 0) watched[known] = entry;
	else watched.push(entry);
}

/** Whether a document's health calls for the banner. */
export function needsAttention(health: Health): boolean {
	return ['repaired', 'unreadable', 'unreadable-kept', 'newer', 'unwritable'].includes(
		health.state
	);
}

import type { StorageLike } from '$lib/storage/store.ts';

/** The browser's localStorage, or undefined where the browser refuses it (private modes, policies). */
export function browserStorage(): StorageLike | undefined {
	try {
		const storage = window.localStorage;
		storage.getItem('factdeck:probe');
		return storage;
	} catch {
		return undefined;
	}
}

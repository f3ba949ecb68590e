import { SvelteMap } from 'svelte/reactivity';
import { datedName, download } from '$lib/browser/download.ts';
import type { SetAside } from '$lib/storage/store.ts';

/** The unreadable text this tab has downloaded, by document: clearing it then loses nothing. */
const downloaded = new SvelteMap<string, string>();

/** Downloads a document's unreadable data as a file, exactly as it was stored. */
export function downloadUnreadable(name: string, setAside: SetAside): void {
	download(datedName(`factdeck-unreadable-${name}`, 'txt'), setAside.raw, 'text/plain');
	downloaded.set(name, setAside.raw);
}

/** Whether this tab has downloaded exactly this unreadable data of the document. */
export function isDownloaded(name: string, setAside: SetAside): boolean {
	return downloaded.get(name) === setAside.raw;
}

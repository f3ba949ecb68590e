import { createBackup } from '$lib/storage/backup.ts';
import { datedName, download } from '$lib/browser/download.ts';

/** Downloads a backup of every document, as held in this tab (so it works when storage fails). */
export async function exportBackup(): Promise<void> {
	const [{ getApp }, { getSettings }] = await Promise.all([
		import('./app.svelte.ts'),
		import('./settings.svelte.ts')
	]);
	const stores = [getApp().store, getSettings().store];
	download(datedName('factdeck-backup', 'json'), JSON.stringify(createBackup(stores, Date.now())));
}

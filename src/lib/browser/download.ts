/** Saves text or bytes as a file through the browser's download. */
export function download(name: string, content: string | Blob, type = 'application/json'): void {
	const url = URL.createObjectURL(
		content instanceof Blob ? content : new Blob([content], { type })
	);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name with today's date: `factdeck-backup-2026-11-28.json`. */
export function datedName(stem: string, extension: string, now = Date.now()): string {
	return `${stem}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}

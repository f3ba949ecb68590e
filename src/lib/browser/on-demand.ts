/**
 * Code a page loads when it needs it (a view, the quiz's engine), or `{ error }` when it does not
 * arrive: no connection, or a new version of the site has replaced the files this page names.
 */
export function onDemand<T>(load: () => Promise<T>): Promise<T | { error: string }> {
	return load().catch(() => ({
		error: 'Part of this page could not be loaded. Check the connection and reload the page.'
	}));
}

import { dev } from '$app/environment';
import { base } from '$app/paths';

/** How long after the page has loaded the service worker starts storing the whole app. */
const SETTLE_MS = 2_000;

/**
 * Registers the service worker once the page has loaded and settled: its first install fetches
 * every page and deck, which would otherwise compete with what the page itself still loads (a
 * quiz fetches its questions and its code after it starts).
 */
export function registerServiceWorkerWhenSettled(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		void navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {});
	const settle = () => setTimeout(register, SETTLE_MS);
	if (document.readyState === 'complete') settle();
	else addEventListener('load', settle, { once: true });
}

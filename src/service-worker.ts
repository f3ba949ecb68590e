/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per build: an update never mixes files of two versions. */
const CACHE = `factdeck-${version}`;
/** Everything the app is: its code, its static files, every page and every deck's JSON. */
const ASSETS = [...build, ...files, ...prerendered].filter(
	// Host configuration, the version probe and the live server's presence are not part of the app.
	(path) =>
		!path.endsWith('/_headers') &&
		!path.endsWith('/_app/version.json') &&
		!path.endsWith('/live/status.json')
);
const CACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// Take over the open pages at once, so the first visit already works offline.
			await sw.clients.claim();
		})()
	);
});

// A new version waits until the learner chooses to reload, so no open quiz is cut short.
sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname.endsWith('/_app/version.json')) return;
	if (CACHED.has(url.pathname)) {
		// The app's own files, pages and decks: from this version's cache, whatever the query.
		event.respondWith(
			caches
				.match(request, { ignoreSearch: true, cacheName: CACHE })
				.then((cached) => cached ?? fetch(request))
		);
		return;
	}
	event.respondWith(
		fetch(request).catch(async () => {
			const cached = await caches.match(request, { ignoreSearch: true });
			return (
				cached ??
				new Response('factdeck is offline and this address is not part of it.', {
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8' }
				})
			);
		})
	);
});

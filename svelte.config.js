import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz files, served by any host that can, and by scripts/serve.js.
		adapter: adapter({ strict: true, precompress: true }),
		// Hashes for the inline scripts SvelteKit writes; nothing inline or evaluated runs otherwise.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval compiles WebAssembly (SQLite, for the Anki package) and runs no script.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Only the style attribute of SvelteKit's route announcer, by its hash; nothing else inline.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Lets an open page learn that a new version was deployed.
		version: { pollInterval: 600_000 },
		// Registered by the app once a page has settled (src/lib/state/service-worker.ts).
		serviceWorker: { register: false },
		prerender: {
			// A broken link or a missing #anchor between pages fails the build instead of shipping.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;

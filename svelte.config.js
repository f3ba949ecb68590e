import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hash of the one script src/app.html holds inline (the saved theme, applied before the first
 * paint): read from the template itself, so the policy always allows exactly that script.
 */
function inlineScriptHash() {
	const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const scripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)];
	if (scripts.length !== 1) throw new Error('src/app.html must hold exactly one inline script.');
	return /** @type {`sha256-${string}`} */ (
		`sha256-${createHash('sha256').update(scripts[0][1]).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz files, served by any host that can, and by scripts/serve.js.
		adapter: adapter({ strict: true, precompress: true }),
		// Hashes for the inline scripts SvelteKit writes and the theme script of src/app.html, and for
		// the inlined styles; nothing else inline or evaluated runs.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// wasm-unsafe-eval compiles WebAssembly (SQLite, for the Anki package) and runs no script.
				'script-src': ['self', 'wasm-unsafe-eval', inlineScriptHash()],
				// The style attribute of SvelteKit's route announcer by its hash; SvelteKit adds the hash of
				// the styles it inlines (inlineStyleThreshold).
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
		// Every stylesheet a page needs at first (each under 5 KB) goes into its HTML: the first paint
		// waits for the HTML alone, not for a round trip per stylesheet.
		inlineStyleThreshold: 8 * 1024,
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

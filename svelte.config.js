import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz files, served by any host that can, and by scripts/serve.js.
		adapter: adapter({ strict: true, precompress: true }),
		prerender: {
			// A broken link or a missing #anchor between pages fails the build instead of shipping.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { factdeckContent } from './src/node/content-plugin.ts';

export default defineConfig({
	plugins: [factdeckContent(), sveltekit()],
	build: {
		// The timing report lists SvelteKit's own prerender step on every build: noise, not news.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' }
	}
});

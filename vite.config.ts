import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentRoots, factdeckContent } from './src/node/content-plugin.ts';

export default defineConfig(({ mode }) => ({
	plugins: [factdeckContent(contentRoots(mode)), sveltekit()],
	build: {
		// The timing report lists SvelteKit's own prerender step on every build: noise, not news.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node',
		// A safety net for a busy shared machine: every test is sized to take under a tenth of this,
		// and the few slow ones carry their own timeout.
		testTimeout: 20_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' }
	}
}));

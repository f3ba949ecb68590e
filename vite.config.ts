import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentRoots, factdeckContent } from './src/node/content-plugin.ts';

/** SvelteKit's client entry, the route table and the root layout: what every page starts from. */
const EVERY_PAGE =
	/(@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js|generated[\\/]client-optimized[\\/](app|nodes[\\/]0)\.js)$/;

/**
 * Finds the modules every page loads at first: all that SvelteKit's client, the route table and
 * the root layout import statically. One chunk for them costs no page a byte more than it loads
 * anyway, and saves each page a request per module group on its critical path.
 */
function everyPageModules(): { plugin: Plugin; has: (id: string) => boolean } {
	const modules = new Set<string>();
	const plugin: Plugin = {
		name: 'factdeck-every-page-modules',
		apply: 'build',
		buildEnd() {
			modules.clear();
			const roots = [...this.getModuleIds()].filter(
				(id) => EVERY_PAGE.test(id) && this.getModuleInfo(id)?.isEntry
			);
			const stack = [...roots];
			while (stack.length > 0) {
				const id = stack.pop()!;
				for (const next of this.getModuleInfo(id)?.importedIds ?? [])
					if (!modules.has(next)) {
						modules.add(next);
						stack.push(next);
					}
			}
			// The entries keep their own files; the chunk holds what they import.
			for (const root of roots) modules.delete(root);
			// A module that imports another on demand stays out, with all that imports it: SvelteKit
			// (2.70) lists no preloads past a chunk's dynamic imports, so they would load in a waterfall.
			const out = [...modules].filter(
				(id) => (this.getModuleInfo(id)?.dynamicallyImportedIds.length ?? 0) > 0
			);
			while (out.length > 0) {
				const id = out.pop()!;
				if (!modules.delete(id)) continue;
				out.push(...(this.getModuleInfo(id)?.importers ?? []));
			}
		}
	};
	return { plugin, has: (id) => modules.has(id) };
}

const everyPage = everyPageModules();

export default defineConfig(({ mode }) => ({
	plugins: [factdeckContent(contentRoots(mode)), sveltekit(), everyPage.plugin],
	build: {
		rolldownOptions: {
			// The timing report lists SvelteKit's own prerender step on every build: noise, not news.
			checks: { bundlerTimings: false },
			output: {
				codeSplitting: { groups: [{ name: 'every-page', test: everyPage.has }] }
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Rune classes as on a page: Svelte's client runtime, packages' browser builds.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'svelte',
					include: ['src/**/*.svelte.test.ts'],
					environment: './vitest-svelte-environment.ts'
				}
			}
		],
		// A safety net for a busy shared machine: every test is sized to take under a tenth of this,
		// and the few slow ones carry their own timeout.
		testTimeout: 20_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' }
	}
}));

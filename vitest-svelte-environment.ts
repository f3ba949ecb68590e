import type { Environment } from 'vitest/environments';

/**
 * Node running modules built for the browser: `.svelte.ts` classes and `*.svelte.test.ts` files
 * compile to Svelte's client runtime, where state, deriveds and effects behave as on a page.
 * Vitest's own client environments bring a DOM (jsdom, happy-dom) that these tests do not need.
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { delimiter } from 'node:path';
import { contentRoots, E2E_CONTENT, factdeckContent } from './content-plugin.ts';
import {
	brokenCases,
	brokenContentRoot,
	NO_DISTRACTORS_FIXTURE,
	VALID_FIXTURE
} from './fixture-content.ts';

type Load = (this: unknown, id: string) => string | undefined;

/** Calls the plugin's load hook the way Vite does, with `this.error` failing the build. */
function loadVirtualModule(...roots: string[]): string | undefined {
	const plugin = factdeckContent(roots);
	const context = {
		addWatchFile: () => {},
		info: () => {},
		error: (message: string) => {
			throw new Error(message);
		}
	};
	return (plugin.load as Load).call(context, '\0virtual:factdeck/content');
}

describe('the content plugin', () => {
	it('serves the validated corpus as a module', () => {
		const code = loadVirtualModule(VALID_FIXTURE)!;
		expect(code).toMatch(/^export default \{"articles":\[\{"article":\{"id":"niger-river"/);
	});

	it('serves the articles of several roots side by side', () => {
		const code = loadVirtualModule(VALID_FIXTURE, NO_DISTRACTORS_FIXTURE)!;
		const corpus = v.parse(
			v.object({ articles: v.array(v.object({ article: v.object({ id: v.string() }) })) }),
			JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''))
		);
		expect(corpus.articles.map((a) => a.article.id)).toEqual(['danube', 'niger-river']);
	});

	it('refuses an article folder that two roots hold', () => {
		expect(() => loadVirtualModule(VALID_FIXTURE, VALID_FIXTURE)).not.toThrow();
		const again = brokenContentRoot('unknown-paragraph');
		expect(() => loadVirtualModule(VALID_FIXTURE, again)).toThrow(
			/the article folder "niger-river" is in both/
		);
	});

	it('builds the browser tests with a second article beside questions/', () => {
		expect(contentRoots('production', undefined)).toEqual(['questions']);
		expect(contentRoots('e2e', undefined)).toEqual(E2E_CONTENT);
		expect(E2E_CONTENT).toContain(NO_DISTRACTORS_FIXTURE);
		expect(contentRoots('e2e', ['a', 'b'].join(delimiter))).toEqual(['a', 'b']);
	});

	for (const name of brokenCases())
		it(`fails the build with file:line: message on ${name}`, () => {
			const root = brokenContentRoot(name);
			expect(() => loadVirtualModule(root)).toThrow(
				new RegExp(`factdeck content is invalid:\\n${root}/niger-river/\\S+:\\d+: `)
			);
		});
});

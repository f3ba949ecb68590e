import { describe, expect, it } from 'vitest';
import { factdeckContent } from './content-plugin.ts';
import { brokenCases, brokenContentRoot, VALID_FIXTURE } from './fixture-content.ts';

type Load = (this: unknown, id: string) => string | undefined;

/** Calls the plugin's load hook the way Vite does, with `this.error` failing the build. */
function loadVirtualModule(root: string): string | undefined {
	const plugin = factdeckContent(root);
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

	for (const name of brokenCases())
		it(`fails the build with file:line: message on ${name}`, () => {
			const root = brokenContentRoot(name);
			expect(() => loadVirtualModule(root)).toThrow(
				new RegExp(`factdeck content is invalid:\\n${root}/niger-river/\\S+:\\d+: `)
			);
		});
});

import { delimiter, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, describeDrafts, formatProblem, loadCorpus } from '../lib/content/index.ts';
import type { ContentFile } from '../lib/content/index.ts';
import { CONTENT_ROOT, readContentFiles } from './content-files.ts';
import { NO_DISTRACTORS_FIXTURE } from './fixture-content.ts';

const VIRTUAL_ID = 'virtual:factdeck/content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * The content the browser tests build with (`vite build --mode e2e`): the articles of questions/
 * and a second, small one, so every page is tested with decks of two articles.
 */
export const E2E_CONTENT = [CONTENT_ROOT, NO_DISTRACTORS_FIXTURE];

/**
 * The content roots of a build: FACTDECK_CONTENT (several joined like PATH), or for the e2e mode
 * the browser tests' content, or questions/.
 */
export function contentRoots(mode: string, env = process.env.FACTDECK_CONTENT): string[] {
	if (env) return env.split(delimiter).filter(Boolean);
	return mode === 'e2e' ? E2E_CONTENT : [CONTENT_ROOT];
}

/**
 * Serves the validated content of every root as `virtual:factdeck/content`: each root's article
 * folders, side by side. Bad content fails the build (and shows the dev overlay) with every
 * problem as `file:line: message`.
 */
export function factdeckContent(roots: readonly string[] = [CONTENT_ROOT]): Plugin {
	const absolute = roots.map((root) => resolve(root));
	return {
		name: 'factdeck-content',
		resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
		load(id) {
			if (id !== RESOLVED_ID) return;
			const rootOf = new Map<string, string>();
			const files: ContentFile[] = [];
			for (const [i, root] of absolute.entries())
				for (const file of readContentFiles(root)) {
					const folder = file.path.split('/')[0];
					const first = rootOf.get(folder);
					if (first !== undefined && first !== roots[i])
						this.error(
							`factdeck content: the article folder "${folder}" is in both ${first} and ${roots[i]}`
						);
					rootOf.set(folder, roots[i]);
					this.addWatchFile(resolve(root, file.path));
					files.push(file);
				}
			try {
				const corpus = loadCorpus(files);
				for (const line of describeDrafts(corpus)) this.info(line);
				return `export default ${JSON.stringify(corpus)};`;
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				const lines = error.problems.map((problem) =>
					formatProblem({
						...problem,
						file: `${rootOf.get(problem.file.split('/')[0]) ?? roots[0]}/${problem.file}`
					})
				);
				this.error(`factdeck content is invalid:\n${lines.join('\n')}`);
			}
		},
		handleHotUpdate({ file, server }) {
			if (!absolute.some((root) => file.startsWith(root))) return;
			const module = server.moduleGraph.getModuleById(RESOLVED_ID);
			if (module) server.moduleGraph.invalidateModule(module);
			server.ws.send({ type: 'full-reload' });
		}
	};
}

import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError, describeDrafts, formatProblem, loadCorpus } from '../lib/content/index.ts';
import { readContentFiles } from './content-files.ts';

const VIRTUAL_ID = 'virtual:factdeck/content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Serves the validated content of `root` as `virtual:factdeck/content`. Bad content fails the
 * build (and shows the dev overlay) with every problem as `file:line: message`.
 */
export function factdeckContent(root = process.env.FACTDECK_CONTENT ?? 'questions'): Plugin {
	const absoluteRoot = resolve(root);
	return {
		name: 'factdeck-content',
		resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
		load(id) {
			if (id !== RESOLVED_ID) return;
			const files = readContentFiles(absoluteRoot);
			for (const file of files) this.addWatchFile(resolve(absoluteRoot, file.path));
			try {
				const corpus = loadCorpus(files);
				for (const line of describeDrafts(corpus)) this.info(line);
				return `export default ${JSON.stringify(corpus)};`;
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				const lines = error.problems.map((problem) =>
					formatProblem({ ...problem, file: `${root}/${problem.file}` })
				);
				this.error(`factdeck content is invalid:\n${lines.join('\n')}`);
			}
		},
		handleHotUpdate({ file, server }) {
			if (!file.startsWith(absoluteRoot)) return;
			const module = server.moduleGraph.getModuleById(RESOLVED_ID);
			if (module) server.moduleGraph.invalidateModule(module);
			server.ws.send({ type: 'full-reload' });
		}
	};
}

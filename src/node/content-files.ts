import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content/corpus.ts';

/** The default content root: the `questions/` folder at the top of the repository. */
export const CONTENT_ROOT = 'questions';

/** Reads every file one level inside each article folder under `root`, paths relative to it. */
export function readContentFiles(root: string = CONTENT_ROOT): ContentFile[] {
	const files: ContentFile[] = [];
	for (const folder of readdirSync(root).sort()) {
		const dir = join(root, folder);
		if (!statSync(dir).isDirectory()) continue;
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isFile())
				files.push({
					path: relative(root, path).split('\\').join('/'),
					text: readFileSync(path, 'utf8')
				});
		}
	}
	return files;
}

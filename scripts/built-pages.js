import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every prerendered page of a build, as the URL a visitor types and its HTML file: the list the
 * page sweep and the size budget both read, so each new page joins them without a list to keep.
 * @param {string} [dir]
 * @returns {{ url: string, file: string }[]}
 */
export function builtPageFiles(dir = 'build') {
	/** @type {{ url: string, file: string }[]} */
	const pages = [];
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const file = relative(dir, path).split('\\').join('/');
				pages.push({ url: toUrlPath(file), file });
			}
		}
	};
	walk(dir);
	return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** @param {string} file */
function toUrlPath(file) {
	const path = '/' + file.replace(/\.html$/, '');
	if (path === '/index') return '/';
	return path.replace(/\/index$/, '');
}

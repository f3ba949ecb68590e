import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every prerendered page of the build, as URL paths (`/`, `/deck/x/y`), read from the HTML files
 * in build/ so that each new page joins the sweep without a list to keep.
 */
export function builtPages(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.push(toUrlPath(relative(dir, path)));
		}
	};
	walk(dir);
	return pages.sort();
}

function toUrlPath(file: string): string {
	const path =
		'/' +
		file
			.split('\\')
			.join('/')
			.replace(/\.html$/, '');
	if (path === '/index') return '/';
	return path.replace(/\/index$/, '');
}

import { builtPageFiles } from '../../../scripts/built-pages.js';

/**
 * Every prerendered page of the build, as URL paths (`/`, `/deck/x/y`), read from the HTML files
 * in build/ so that each new page joins the sweep without a list to keep.
 */
export function builtPages(dir = 'build'): string[] {
	return builtPageFiles(dir).map((page) => page.url);
}

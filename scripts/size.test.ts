import { describe, expect, it } from 'vitest';
import { unpreloadedFiles } from './size.js';

/** A client manifest: a page node that imports a shared chunk, which imports another. */
const manifest = {
	'nodes/2.js': { file: '_app/immutable/nodes/2.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_ids.js'] },
	'_ids.js': { file: '_app/immutable/chunks/ids.js' }
};

describe('size budget', () => {
	it('finds a file the page imports at first but its HTML does not preload', () => {
		const preloaded = ['/_app/immutable/nodes/2.js', '/_app/immutable/chunks/shared.js'];
		expect(unpreloadedFiles(preloaded, manifest)).toEqual(['/_app/immutable/chunks/ids.js']);
	});

	it('finds none when every file the page imports at first is preloaded', () => {
		const preloaded = Object.values(manifest).map((entry) => `/${entry.file}`);
		expect(unpreloadedFiles(preloaded, manifest)).toEqual([]);
	});
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './pages.ts';

describe('builtPages', () => {
	it('lists every HTML file of a build as the URL a visitor types', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdeck-build-'));
		mkdirSync(join(dir, 'deck/mali'), { recursive: true });
		mkdirSync(join(dir, '_app/immutable'), { recursive: true });
		for (const file of ['index.html', 'review.html', 'deck/mali/all.html', 'deck/index.html'])
			writeFileSync(join(dir, file), '<!doctype html>');
		writeFileSync(join(dir, '_app/immutable/app.js'), '');
		writeFileSync(join(dir, 'deck/mali/all.json'), '{}');
		expect(builtPages(dir)).toEqual(['/', '/deck', '/deck/mali/all', '/review']);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from '../../../tests/support/arbitraries.ts';
import { progressDocument } from '../progress/document.ts';
import { importPreview, mergeProgress, recordAttempt } from '../progress/log.ts';
import type { Progress } from '../progress/model.ts';
import { settingsDocument } from '../progress/settings.ts';
import { createBackup, readBackup } from './backup.ts';
import { DocumentStore, MemoryStorage } from './store.ts';

function stores(storage = new MemoryStorage()) {
	const clock = { now: () => 1_800_000_000_000, random: () => 0.25 };
	const p = new DocumentStore(progressDocument(clock.random), { storage, now: clock.now });
	const s = new DocumentStore(settingsDocument, { storage, now: clock.now });
	p.load();
	s.load();
	return { p, s, all: [p, s] as DocumentStore<unknown>[] };
}

describe('backups', () => {
	it('give back the same progress and settings after export, clear and import', () => {
		fc.assert(
			fc.property(progress, (given) => {
				const here = stores();
				here.p.replace(given, 'test');
				here.s.update((s) => ({ ...s, theme: 'dark', retention: 0.85 }));
				const file = JSON.stringify(createBackup(here.all, 5));

				const fresh = stores();
				const read = readBackup(file, fresh.all);
				if ('error' in read) throw new Error(read.error);
				const progressDoc = read.documents.find((d) => d.name === 'progress')!;
				expect(progressDoc.rejected).toEqual([]);
				expect(progressDoc.value).toEqual(given);
				expect(read.documents.find((d) => d.name === 'settings')!.value).toMatchObject({
					theme: 'dark',
					retention: 0.85
				});
			}),
			{ numRuns: 100 }
		);
	});

	it('never throws on any JSON, and leaves Object.prototype untouched', () => {
		const { all } = stores();
		const hostile = fc.oneof(
			fc.json(),
			fc.jsonValue().map((data) =>
				JSON.stringify({
					factdeck: 'backup',
					version: 1,
					exportedAt: 1,
					documents: { progress: data }
				})
			),
			fc.constantFrom(
				'{"__proto__":{"polluted":true}}',
				'{"factdeck":"backup","version":1,"exportedAt":1,"documents":{"__proto__":{"polluted":true}}}',
				'{"factdeck":"backup","version":1,"exportedAt":1,"documents":{"progress":{"factdeck":"progress","version":2,"savedAt":1,"data":{"generation":"g","questions":["a/x:choice"],"quizzes":[],"undone":[],"days":{"__proto__":[[0,1,1,1,0,-1]],"constructor":{"prototype":{"polluted":true}}}}}}}',
				'{"factdeck":"backup","version":1,"exportedAt":1,"documents":{"settings":{"factdeck":"settings","version":1,"savedAt":1,"data":{"__proto__":{"polluted":true},"theme":"dark"}}}}'
			)
		);
		fc.assert(
			fc.property(hostile, (text) => {
				const read = readBackup(text, all);
				expect(typeof read).toBe('object');
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				expect(Object.prototype).not.toHaveProperty('polluted');
			}),
			{ numRuns: 2_000 }
		);
	});

	it('refuses a file from a newer version, and a file that is not a backup, with a reason', () => {
		const { all } = stores();
		const newer = JSON.stringify({
			factdeck: 'backup',
			version: 1,
			exportedAt: 1,
			documents: { progress: { factdeck: 'progress', version: 99, savedAt: 1, data: {} } }
		});
		expect(readBackup(newer, all)).toEqual({
			error:
				'The progress in this backup cannot be read: it was made by a newer version of factdeck (format 99).'
		});
		expect(readBackup('<html>', all)).toEqual({
			error: 'This file is not a factdeck backup: it is not JSON.'
		});
		expect(readBackup('{"a":1}', all)).toEqual({ error: 'This file is not a factdeck backup.' });
	});

	it('previews what a merge adds and what a replace drops', () => {
		const answer = (at: number) => ({
			at,
			question: 'a/x:choice',
			response: 0,
			correct: true,
			score: 1,
			match: 'exact' as const,
			ms: 1000,
			mode: 'review' as const
		});
		const base: Progress = { generation: 'g', attempts: [], quizzes: [], undone: [] };
		const here = recordAttempt(recordAttempt(base, answer(1_000)), answer(2_000));
		const file = recordAttempt(recordAttempt(base, answer(2_000)), answer(3_000));
		expect(importPreview(here, file)).toEqual({
			incomingAttempts: 2,
			incomingQuizzes: 0,
			newAttempts: 1,
			newQuizzes: 0,
			droppedAttempts: 1
		});
		expect(mergeProgress(here, file).attempts).toHaveLength(3);
	});
});

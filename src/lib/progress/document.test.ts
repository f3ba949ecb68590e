import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentStore, MemoryStorage } from '../storage/store.ts';
import { progress } from '../../../tests/support/arbitraries.ts';
import { encodeProgress, migrateProgressV1, PROGRESS_VERSION } from './codec.ts';
import { encodeProgressV1, type StoredProgressV1 } from './codec-v1.ts';
import { progressDocument } from './document.ts';
import { attemptKey } from '../ids.ts';
import type { Progress } from './model.ts';

const spec = progressDocument(() => 0.5);

/** What version 1 could hold: no facts beside question ids, no id for a quiz not kept. */
function version1View(p: Progress): Progress {
	const kept = new Set(p.quizzes.map((q) => q.id));
	const attempts = new Map<string, Progress['attempts'][number]>();
	for (const { facts: _facts, ...a } of p.attempts) {
		const { quiz, ...rest } = a;
		const held = quiz !== undefined && kept.has(quiz) ? a : rest;
		if (!attempts.has(attemptKey(held))) attempts.set(attemptKey(held), held);
	}
	return { ...p, attempts: [...attempts.values()] };
}

/** Progress data as version 1 wrote it. */
function version1Data(p: Progress): StoredProgressV1 {
	return encodeProgressV1(version1View(p));
}

/** A progress document as version 1 wrote it. */
function asVersion1(p: Progress): string {
	return JSON.stringify({ factdeck: 'progress', version: 1, savedAt: 1, data: version1Data(p) });
}

describe('progress migrations', () => {
	it('bring a version 1 document to the current version, keeping every answer and a backup', () => {
		fc.assert(
			fc.property(progress.map(version1View), (p) => {
				const storage = new MemoryStorage();
				const raw = asVersion1(p);
				storage.setItem('factdeck:v1:progress', raw);
				const store = new DocumentStore(spec, { storage, now: () => 42 });
				const loaded = store.load();
				expect(store.health).toMatchObject({ state: 'migrated', from: 1 });
				const answers = (list: Progress['attempts']) =>
					new Map(list.map((a) => [attemptKey(a), [a.response, a.correct, a.mode, a.quiz]]));
				expect(answers(loaded.attempts)).toEqual(answers(p.attempts));
				expect(loaded.quizzes.map((q) => q.id)).toEqual(p.quizzes.map((q) => q.id));
				expect(storage.getItem('factdeck:backup:progress:42:before-migration-from-v1')).toBe(raw);
				expect(JSON.parse(storage.getItem('factdeck:v1:progress')!)).toMatchObject({
					version: PROGRESS_VERSION
				});
			}),
			{ numRuns: 100 }
		);
	});

	it('are idempotent: migrating a migrated document changes nothing', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const v1: unknown = JSON.parse(JSON.stringify(version1Data(p)));
				const once = migrateProgressV1(v1);
				expect('data' in once && migrateProgressV1(once.data)).toEqual(once);
				const current: unknown = JSON.parse(JSON.stringify(encodeProgress(p)));
				expect(migrateProgressV1(current)).toEqual({ data: current });
			}),
			{ numRuns: 100 }
		);
	});

	it('carry the records version 1 could not read, so loading sets them aside', () => {
		const v1 = version1Data({ generation: 'g-1', attempts: [], quizzes: [], undone: [] });
		v1.questions = ['a/x:choice'];
		v1.days = {
			'2026-11-20': [
				[0, 10, 1, 12, 0, -1],
				[7, 10, 1, 12, 0, -1]
			]
		};
		const storage = new MemoryStorage();
		storage.setItem(
			'factdeck:v1:progress',
			JSON.stringify({ factdeck: 'progress', version: 1, savedAt: 1, data: v1 })
		);
		const store = new DocumentStore(spec, { storage, now: () => 9 });
		const loaded = store.load();
		expect(loaded.attempts).toHaveLength(1);
		expect(store.health).toMatchObject({ state: 'repaired', setAside: { records: 1 } });
	});
});

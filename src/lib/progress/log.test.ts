import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from '../../../tests/support/arbitraries.ts';
import { decodeProgress, encodeProgress } from './codec.ts';
import { attemptKey, generationTime, newGeneration } from '../ids.ts';
import { finishQuiz, mergeProgress, recordAttempt, startQuiz, undoAttempt } from './log.ts';
import { emptyProgress, type Attempt, type Progress } from './model.ts';

const answer = (at: number, question = 'a/x:choice'): Attempt => ({
	at,
	question,
	response: 0,
	correct: true,
	score: 1,
	match: 'exact',
	ms: 1500,
	mode: 'review'
});

const keys = (p: Progress) => p.attempts.map(attemptKey).sort();

describe('the attempt log', () => {
	it('records an answer once, however often it is recorded', () => {
		const once = recordAttempt(emptyProgress('g'), answer(1_000));
		expect(recordAttempt(once, answer(1_000))).toBe(once);
		expect(once.attempts).toHaveLength(1);
	});

	it('keeps two answers to one question in the same second, given in different quizzes', () => {
		const inA = { ...answer(5_000), mode: 'quiz' as const, quiz: 'a' };
		const inB = { ...answer(5_000), mode: 'quiz' as const, quiz: 'b' };
		const p = recordAttempt(recordAttempt(emptyProgress('g'), inA), inB);
		expect(p.attempts).toHaveLength(2);
		expect(
			mergeProgress(recordAttempt(emptyProgress('g'), inA), recordAttempt(emptyProgress('g'), inB))
				.attempts
		).toHaveLength(2);
	});

	it('keeps answers at the precision it stores: whole seconds, a score to the hundredth', () => {
		const p = recordAttempt(emptyProgress('g'), { ...answer(1_234_567), ms: 1_549, score: 0.8333 });
		expect(p.attempts[0]).toMatchObject({ at: 1_234_000, ms: 1_000, score: 0.83 });
	});

	it('takes an answer back for good: a merge with a tab that still has it does not restore it', () => {
		const both = recordAttempt(recordAttempt(emptyProgress('g'), answer(1_000)), answer(2_000));
		const undone = undoAttempt(both, attemptKey(answer(2_000)));
		expect(keys(mergeProgress(undone, both))).toEqual([attemptKey(answer(1_000))]);
	});

	it('marks a quiz finished once', () => {
		const quiz = {
			id: 'q',
			deck: 'a/all',
			seed: 1,
			settings: { count: 1, forms: [], order: 'random' as const },
			questions: [],
			startedAt: 5
		};
		const done = finishQuiz(startQuiz(emptyProgress('g'), quiz), 'q', 10);
		expect(finishQuiz(done, 'q', 99).quizzes[0].finishedAt).toBe(10);
	});
});

describe('merging two tabs', () => {
	it('keeps every answer of both, in either order, and merging is idempotent', () => {
		fc.assert(
			fc.property(progress, progress, (a, b) => {
				const ab = mergeProgress(a, { ...b, generation: a.generation });
				const ba = mergeProgress({ ...b, generation: a.generation }, a);
				const all = new Set([...a.attempts, ...b.attempts].map(attemptKey));
				expect(new Set(keys(ab))).toEqual(all);
				expect(keys(ab)).toEqual(keys(ba));
				expect(mergeProgress(ab, ab)).toEqual(ab);
			})
		);
	});

	it('after a reset, keeps from the older copy only what was answered after the reset', () => {
		const before = recordAttempt(
			emptyProgress(newGeneration(1_000_000, () => 0.5)),
			answer(500_000)
		);
		const reset = emptyProgress(newGeneration(2_000_000, () => 0.1));
		const laterInOldTab = recordAttempt(before, answer(3_000_000));
		const merged = mergeProgress(laterInOldTab, reset);
		expect(merged.generation).toBe(reset.generation);
		expect(keys(merged)).toEqual([attemptKey(answer(3_000_000))]);
	});

	it('keeps every answer and quiz of two tabs opened on an empty browser, whichever writes first', () => {
		const quizIn = (id: string, at: number) => ({
			id,
			deck: 'a/all',
			seed: 1,
			settings: { count: 1, forms: [], order: 'random' as const },
			questions: ['a/x:choice'],
			startedAt: at
		});
		const tab = (tag: number, at: number) =>
			recordAttempt(startQuiz(emptyProgress(newGeneration(0, () => tag)), quizIn(`q${tag}`, at)), {
				...answer(at + 5_000),
				mode: 'quiz',
				quiz: `q${tag}`
			});
		const first = tab(0.1, 1_000_000);
		const second = tab(0.9, 2_000_000);
		const ab = mergeProgress(first, second);
		const ba = mergeProgress(second, first);
		expect(ab).toEqual(ba);
		expect(keys(ab)).toHaveLength(2);
		expect(ab.quizzes.map((q) => q.id)).toEqual(['q0.1', 'q0.9']);
	});

	it('keeps a quiz begun before a reset in another tab with the answers given after the reset', () => {
		const quiz = {
			id: 'q',
			deck: 'a/all',
			seed: 1,
			settings: { count: 2, forms: [], order: 'random' as const },
			questions: ['a/x:choice', 'a/y:choice'],
			startedAt: 1_000_000
		};
		const inQuiz = (at: number, question: string): Attempt => ({
			...answer(at, question),
			mode: 'quiz',
			quiz: 'q'
		});
		const running = recordAttempt(
			recordAttempt(
				startQuiz(emptyProgress(newGeneration(0, () => 0.5)), quiz),
				inQuiz(1_500_000, 'a/x:choice')
			),
			inQuiz(3_000_000, 'a/y:choice')
		);
		const reset = emptyProgress(newGeneration(2_000_000, () => 0.1));
		const merged = mergeProgress(reset, running);
		expect(merged.quizzes.map((q) => q.id)).toEqual(['q']);
		expect(merged.attempts.map((a) => [a.at, a.quiz])).toEqual([[3_000_000, 'q']]);
	});

	it('converges: either tab merging first gives the same document, and storing it changes no answer', () => {
		const generation = fc.oneof(
			fc.integer({ min: 0, max: 2 ** 31 }).map((tag) => newGeneration(0, () => tag / 2 ** 31)),
			fc
				.tuple(
					fc.integer({ min: 1_577_836_800, max: 1_893_456_000 }),
					fc.integer({ min: 0, max: 9 })
				)
				.map(([s, tag]) => newGeneration(s * 1000, () => tag / 10))
		);
		fc.assert(
			fc.property(progress, progress, generation, generation, (a0, b0, ga, gb) => {
				const a = { ...a0, generation: ga };
				const b = { ...b0, generation: gb };
				const ab = mergeProgress(a, b);
				const ba = mergeProgress(b, a);
				expect(ab.generation).toBe(ba.generation);
				expect(keys(ab)).toEqual(keys(ba));
				expect(ab.quizzes.map((q) => q.id).sort()).toEqual(ba.quizzes.map((q) => q.id).sort());
				const since = Math.floor(generationTime(ab.generation) / 1000) * 1000;
				const kept = new Set(keys(ab));
				for (const x of [...a.attempts, ...b.attempts])
					if (x.at >= since) expect(kept).toContain(attemptKey(x));
				const stored = decodeProgress(JSON.parse(JSON.stringify(encodeProgress(ab))));
				expect('progress' in stored && keys(stored.progress)).toEqual(keys(ab));
			}),
			{ numRuns: 500 }
		);
	}, 60_000);

	it('keeps what was done in the second of a reset, as times are stored to the second', () => {
		const quiz = {
			id: 'q',
			deck: 'a/all',
			seed: 1,
			settings: { count: 1, forms: [], order: 'random' as const },
			questions: ['a/x:choice'],
			startedAt: 7_000
		};
		const other = startQuiz(emptyProgress(newGeneration(0, () => 0.5)), quiz);
		const reset = emptyProgress(newGeneration(7_300, () => 0.1));
		expect(mergeProgress(reset, other).quizzes.map((q) => q.id)).toEqual(['q']);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from './arbitraries.ts';
import {
	finishQuiz,
	mergeProgress,
	newGeneration,
	recordAttempt,
	startQuiz,
	undoAttempt
} from './log.ts';
import { attemptKey, emptyProgress, type Attempt, type Progress } from './model.ts';

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
});

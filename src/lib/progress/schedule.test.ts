import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from '../../../tests/support/arbitraries.ts';
import { recordAttempt, undoAttempt } from './log.ts';
import { attemptKey } from '../ids.ts';
import { emptyProgress, type Attempt, type Progress } from './model.ts';
import {
	buildQueue,
	revealedFirst,
	revealsByFact,
	forecast,
	levelOf,
	ratingOf,
	replay,
	Replayer,
	type FactCard
} from './schedule.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);
const settings = { retention: 0.9 };

const answer = (
	at: number,
	fact: string,
	correct: boolean,
	extra: Partial<Attempt> = {}
): Attempt => ({
	at,
	question: `a/${fact}:choice`,
	response: 0,
	correct,
	score: correct ? 1 : 0,
	...(correct ? { match: 'exact' as const } : {}),
	ms: 3000,
	mode: 'review',
	...extra
});

const dueOf = (attempts: Attempt[], fact: string) =>
	replay(attempts, settings).cards.get(`a/${fact}`)!.card.due.getTime();

describe('scheduling with FSRS', () => {
	it('brings a wrong answer back sooner than a right one', () => {
		const learned = [
			answer(T0, 'x', true),
			answer(T0 + 600_000, 'x', true),
			answer(T0 + 2 * DAY, 'x', true)
		];
		const right = dueOf([...learned, answer(T0 + 10 * DAY, 'x', true)], 'x');
		const wrong = dueOf([...learned, answer(T0 + 10 * DAY, 'x', false)], 'x');
		expect(wrong).toBeLessThan(right);
		expect(wrong - (T0 + 10 * DAY)).toBeLessThan(DAY);
	});

	it('rates an answer accepted with a typo Hard, and follows the learner’s own rating', () => {
		expect(ratingOf(answer(T0, 'x', true))).toBe(3);
		expect(ratingOf(answer(T0, 'x', false))).toBe(1);
		expect(ratingOf(answer(T0, 'x', true, { match: 'typo' }))).toBe(2);
		expect(ratingOf(answer(T0, 'x', false, { rating: 4 }))).toBe(4);
	});

	it('lengthens the interval with each successive Good', () => {
		const attempts: Attempt[] = [];
		let at = T0;
		const intervals: number[] = [];
		for (let i = 0; i < 7; i++) {
			attempts.push(answer(at, 'x', true));
			const due = dueOf(attempts, 'x');
			intervals.push(due - at);
			at = due;
		}
		for (let i = 2; i < intervals.length; i++)
			expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
		expect(intervals.at(-1)!).toBeGreaterThan(30 * DAY);
	});

	it('restores the exact previous card and log when the last review is undone', () => {
		let p: Progress = emptyProgress('g');
		for (const [i, correct] of [true, true, false, true].entries())
			p = recordAttempt(p, answer(T0 + i * DAY, 'x', correct));
		const before = replay(p.attempts, settings).cards.get('a/x');
		const beforeLog = p.attempts;
		const last = answer(T0 + 9 * DAY, 'x', false);
		const after = recordAttempt(p, last);
		expect(replay(after.attempts, settings).cards.get('a/x')).not.toEqual(before);
		const undone = undoAttempt(after, attemptKey(last));
		expect(undone.attempts).toEqual(beforeLog);
		expect(replay(undone.attempts, settings).cards.get('a/x')).toEqual(before);
	});

	it('never moves a card for cram practice', () => {
		const learned = [answer(T0, 'x', true), answer(T0 + DAY, 'x', true)];
		const crammed = [
			...learned,
			...[2, 3, 4].map((d) => answer(T0 + d * DAY, 'x', false, { mode: 'cram' }))
		];
		expect(replay(crammed, settings).cards).toEqual(replay(learned, settings).cards);
		expect(replay([answer(T0, 'y', true, { mode: 'cram' })], settings).cards.size).toBe(0);
	});

	it('feeds quiz answers into the same cards', () => {
		const quiz = replay([answer(T0, 'x', true, { mode: 'quiz', quiz: 'q' })], settings).cards.get(
			'a/x'
		);
		expect(quiz?.introducedBy).toBe('quiz');
		expect(quiz?.card.reps).toBe(1);
	});

	it('moves a fact to harder forms as its stability grows: true/false, then choice, then recall', () => {
		const levels: string[] = [];
		const attempts: Attempt[] = [];
		let at = T0;
		for (let i = 0; i < 8; i++) {
			levels.push(levelOf(replay(attempts, settings).cards.get('a/x')?.card));
			attempts.push(answer(at, 'x', true));
			at = dueOf(attempts, 'x');
		}
		expect(levels[0]).toBe('true-false');
		expect(levels).toContain('choice');
		expect(levels.at(-1)).toBe('recall');
		const order = ['true-false', 'choice', 'recall'];
		for (let i = 1; i < levels.length; i++)
			expect(order.indexOf(levels[i])).toBeGreaterThanOrEqual(order.indexOf(levels[i - 1]));
	});
});

describe('the replayer', () => {
	it('gives the same cards when fed the log step by step as when replaying it whole', () => {
		fc.assert(
			fc.property(progress, fc.integer({ min: 0, max: 30 }), (p, cut) => {
				const replayer = new Replayer();
				const sorted = [...p.attempts].sort((a, b) => a.at - b.at);
				replayer.update(sorted.slice(0, cut), settings);
				expect(replayer.update(sorted, settings)).toEqual(replay(sorted, settings));
				expect(replayer.update(sorted.slice(0, cut), settings)).toEqual(
					replay(sorted.slice(0, cut), settings)
				);
			}),
			{ numRuns: 100 }
		);
	});

	it('gives the cards of the new rating when the learner changes one rating for another', () => {
		const replayer = new Replayer();
		const again = answer(T0, 'x', true, { rating: 1 });
		replayer.update([again], settings);
		const easy = answer(T0, 'x', true, { rating: 4 });
		const cards = replayer.update([easy], settings).cards;
		expect(cards).toEqual(replay([easy], settings).cards);
		expect(cards).not.toEqual(replay([again], settings).cards);
	});
});

/** Whether `to` reaches back to `from` through the reveal graph (a cycle through both). */
function onCycle(reveals: Map<string, string[]>, from: string, to: string): boolean {
	const seen = new Set<string>();
	const stack = [to];
	while (stack.length > 0) {
		const key = stack.pop()!;
		if (key === from) return true;
		if (seen.has(key)) continue;
		seen.add(key);
		stack.push(...(reveals.get(key) ?? []));
	}
	return false;
}

describe('the due queue', () => {
	const facts = ['a/f1', 'a/f2', 'a/f3', 'a/f4', 'a/f5'];
	const limits = { newPerDay: 20, reviewsPerDay: 200 };

	it('puts the facts most likely forgotten first, then new facts in article order', () => {
		const attempts = [answer(T0, 'f2', true), answer(T0 + 5 * DAY, 'f4', true)];
		const { cards } = replay(attempts, settings);
		const queue = buildQueue({
			cards,
			facts,
			attempts,
			now: T0 + 30 * DAY,
			todayStart: T0 + 30 * DAY - 3_600_000,
			limits,
			retention: 0.9
		});
		expect(queue.due).toEqual(['a/f2', 'a/f4']);
		expect(queue.fresh).toEqual(['a/f1', 'a/f3', 'a/f5']);
	});

	it('asks a fact before a fact whose questions show its answer, and leaves for another day a fact whose answer was shown today', () => {
		const reveals = new Map([
			['a/f1', ['a/f3']],
			['a/f3', ['a/f1']],
			['a/f4', ['a/f5']]
		]);
		const fresh = buildQueue({
			cards: new Map(),
			facts,
			attempts: [],
			now: T0,
			todayStart: T0 - 1000,
			limits,
			retention: 0.9,
			reveals
		}).fresh;
		expect(fresh).toHaveLength(5);
		expect(fresh.indexOf('a/f5')).toBeLessThan(fresh.indexOf('a/f4'));
		const attempts = [answer(T0 + 1000, 'f1', true)];
		const after = buildQueue({
			cards: replay(attempts, settings).cards,
			facts,
			attempts,
			now: T0 + 2000,
			todayStart: T0,
			limits,
			retention: 0.9,
			reveals
		});
		expect([...after.due, ...after.fresh]).not.toContain('a/f3');
		expect(after.fresh).toContain('a/f2');
	});

	it('gathers what each fact’s questions reveal, by fact key', () => {
		const map = revealsByFact([
			{ article: 'a', facts: ['f1'], reveals: ['f2'] },
			{ article: 'a', facts: ['f1'], reveals: ['f2', 'f3'] },
			{ article: 'a', facts: ['f2'] },
			{ article: 'a', facts: ['f3', 'f4'], reveals: ['f1'] }
		]);
		expect(map).toEqual(new Map([['a/f1', ['a/f2', 'a/f3']]]));
	});

	it('orders any list so no fact comes after one it reveals, unless they reveal each other', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 12 }),
				fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))),
				(list, edges) => {
					const keys = list.map((n) => `a/f${n}`);
					const reveals = new Map<string, string[]>();
					for (const [from, to] of edges)
						if (from !== to)
							reveals.set(`a/f${from}`, [...(reveals.get(`a/f${from}`) ?? []), `a/f${to}`]);
					const ordered = revealedFirst(keys, reveals);
					expect([...ordered].sort()).toEqual([...keys].sort());
					const both = (a: string, b: string) =>
						(reveals.get(a) ?? []).includes(b) && (reveals.get(b) ?? []).includes(a);
					for (const [i, key] of ordered.entries())
						for (const later of ordered.slice(i + 1))
							if (!both(key, later) && !onCycle(reveals, key, later))
								expect(reveals.get(key) ?? []).not.toContain(later);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('keeps to the new facts and reviews allowed per day', () => {
		const todayStart = T0;
		const attempts = [answer(T0 + 1000, 'f1', true), answer(T0 + 2000, 'f2', false)];
		const { cards } = replay(attempts, settings);
		const queue = buildQueue({
			cards,
			facts,
			attempts,
			now: T0 + 5000,
			todayStart,
			limits: { newPerDay: 3, reviewsPerDay: 200 },
			retention: 0.9
		});
		expect(queue.doneToday.fresh).toBe(2);
		expect(queue.fresh).toEqual(['a/f3']);

		const old = [
			answer(T0 - 40 * DAY, 'f1', true),
			answer(T0 - 40 * DAY, 'f2', true),
			answer(T0 - 40 * DAY, 'f3', true)
		];
		const oldCards = replay(old, settings).cards;
		const capped = buildQueue({
			cards: oldCards,
			facts,
			attempts: old,
			now: T0 + 5000,
			todayStart,
			limits: { newPerDay: 0, reviewsPerDay: 2 },
			retention: 0.9
		});
		expect(capped.due).toHaveLength(2);
		expect(capped.heldBack).toBe(1);
		expect(capped.fresh).toEqual([]);
	});

	it('forecasts the reviews due on each coming day, overdue ones today', () => {
		const cards = new Map<string, FactCard>(
			[-2, 0, 1, 1, 40].map((d, i) => [
				`a/f${i}`,
				{
					card: {
						...replay([answer(T0, 'x', true)], settings).cards.get('a/x')!.card,
						due: new Date(T0 + d * DAY + 1000)
					},
					introducedAt: T0,
					introducedBy: 'review'
				}
			])
		);
		const counts = forecast(cards, T0, 30);
		expect(counts.slice(0, 3)).toEqual([2, 2, 0]);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
	});
});

describe('the study day', () => {
	it('starts at the chosen hour, local time, and before that hour belongs to the day before', async () => {
		const { studyDayStart } = await import('./schedule.ts');
		const threeAm = Date.UTC(2026, 10, 3, 3);
		expect(studyDayStart(threeAm, 4, 0)).toBe(Date.UTC(2026, 10, 2, 4));
		expect(studyDayStart(threeAm, 0, 0)).toBe(Date.UTC(2026, 10, 3, 0));
		// At UTC+2 it is 5 a.m. there: the day began at 4 a.m. local, 2 a.m. UTC.
		expect(studyDayStart(threeAm, 4, 120)).toBe(Date.UTC(2026, 10, 3, 2));
	});
});

describe('the risk order', () => {
	it('agrees with ts-fsrs on which due fact is most likely forgotten', async () => {
		const { schedulerFor } = await import('./schedule.ts');
		const attempts = ['a', 'b', 'c', 'd'].flatMap((fact, i) => [
			answer(T0 + i * 3 * DAY, fact, true),
			answer(T0 + i * 3 * DAY + 3 * DAY, fact, i % 2 === 0)
		]);
		const { cards } = replay(attempts, settings);
		const now = T0 + 90 * DAY;
		const queue = buildQueue({
			cards,
			facts: [],
			attempts,
			now,
			todayStart: now - 3_600_000,
			limits: { newPerDay: 0, reviewsPerDay: 100 },
			retention: 0.9
		});
		const scheduler = schedulerFor(0.9);
		const byLibrary = [...cards]
			.map(([key, { card }]) => ({
				key,
				r: scheduler.get_retrievability(card, new Date(now), false)
			}))
			.sort((x, y) => x.r - y.r)
			.map((x) => x.key);
		expect(queue.due).toEqual(byLibrary);
	});
});

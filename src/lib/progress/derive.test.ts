import { describe, expect, it } from 'vitest';
import {
	activityByDay,
	deckScores,
	mastery,
	streak,
	studyDay,
	unfinishedQuiz,
	type Lookup
} from './derive.ts';
import { recordAttempt, startQuiz, finishQuiz } from './log.ts';
import { emptyProgress, type Attempt, type Quiz } from './model.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 2, 12);

const at = (time: number, question: string, correct: boolean, quiz?: string): Attempt => ({
	at: time,
	question,
	response: 0,
	correct,
	score: correct ? 1 : 0,
	...(correct ? { match: 'exact' as const } : {}),
	ms: 1000,
	mode: quiz ? 'quiz' : 'review',
	...(quiz ? { quiz } : {})
});

const quiz = (id: string, deck: string, questions: string[], startedAt: number): Quiz => ({
	id,
	deck,
	seed: 1,
	settings: { count: questions.length, forms: [], order: 'random' },
	questions,
	startedAt
});

describe('deck scores', () => {
	it('gives each deck its best and last finished score', () => {
		let p = emptyProgress('g');
		p = startQuiz(p, quiz('q1', 'a/all', ['a/x:choice', 'a/y:choice'], T0));
		p = recordAttempt(p, at(T0 + 1000, 'a/x:choice', true, 'q1'));
		p = recordAttempt(p, at(T0 + 2000, 'a/y:choice', true, 'q1'));
		p = finishQuiz(p, 'q1', T0 + 3000);
		p = startQuiz(p, quiz('q2', 'a/all', ['a/x:choice', 'a/y:choice'], T0 + DAY));
		p = recordAttempt(p, at(T0 + DAY + 1000, 'a/x:choice', false, 'q2'));
		p = recordAttempt(p, at(T0 + DAY + 2000, 'a/y:choice', true, 'q2'));
		p = finishQuiz(p, 'q2', T0 + DAY + 3000);
		expect(deckScores(p).get('a/all')).toEqual({ best: 1, last: 0.5, taken: 2 });
	});

	it('offers to continue the newest unfinished quiz, and not a finished one', () => {
		let p = startQuiz(emptyProgress('g'), quiz('old', 'a/all', ['a/x:choice', 'a/y:choice'], T0));
		p = startQuiz(p, quiz('new', 'a/timeline', ['a/x:choice', 'a/y:choice'], T0 + 10_000));
		p = recordAttempt(p, at(T0 + 20_000, 'a/x:choice', true, 'new'));
		expect(unfinishedQuiz(p)?.quiz.id).toBe('new');
		expect(unfinishedQuiz(p)?.answered).toBe(1);
		p = finishQuiz(finishQuiz(p, 'new', T0 + 30), 'old', T0 + 40);
		expect(unfinishedQuiz(p)).toBeUndefined();
	});
});

describe('study days and streaks', () => {
	it('counts a late-night answer for the day before when days start at 4 a.m.', () => {
		const lateNight = Date.UTC(2026, 10, 3, 2);
		expect(studyDay(lateNight, 4, 0)).toBe('2026-11-02');
		expect(studyDay(lateNight, 0, 0)).toBe('2026-11-03');
		expect(studyDay(lateNight, 4, 180)).toBe('2026-11-03');
	});

	it('counts consecutive days ending today, or yesterday while today is still open', () => {
		const days = [0, 1, 2, 4, 5].map((d) => at(T0 + d * DAY, 'a/x:choice', true));
		expect(streak(days, T0 + 5 * DAY, 4, 0)).toBe(2);
		expect(streak(days, T0 + 6 * DAY, 4, 0)).toBe(2);
		expect(streak(days, T0 + 7 * DAY, 4, 0)).toBe(0);
		expect(streak(days, T0 + 2 * DAY, 4, 0)).toBe(3);
	});

	it('tallies answers per day', () => {
		const activity = activityByDay(
			[at(T0, 'a/x:choice', true), at(T0 + HOUR, 'a/y:choice', false)],
			4,
			0
		);
		expect([...activity]).toEqual([['2026-11-02', { right: 1, total: 2 }]]);
	});
});

describe('mastery', () => {
	it('takes each fact’s latest answer, by section and by kind', () => {
		const lookup: Lookup = (id) => ({
			article: 'a',
			facts: [id.split('/')[1].split(':')[0]],
			sections: [id.includes('x') ? 'intro' : 'end'],
			kinds: ['person']
		});
		const { sections, kinds } = mastery(
			[at(T0, 'a/x:choice', false), at(T0 + 1, 'a/x:typed', true), at(T0 + 2, 'a/y:choice', false)],
			lookup
		);
		expect(sections.get('a/intro')).toEqual({ right: 1, total: 1 });
		expect(sections.get('a/end')).toEqual({ right: 0, total: 1 });
		expect(kinds.get('person')).toEqual({ right: 1, total: 2 });
	});
});

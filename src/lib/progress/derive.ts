import { attemptKey, sectionKey } from '../ids.ts';
import type { Attempt, Progress, Quiz } from './model.ts';

/** What derivations need to know of a question: its facts, sections and kinds. */
export interface QuestionInfo {
	article: string;
	facts: string[];
	sections: string[];
	kinds: string[];
}

/** Looks a question up; undefined for a question no longer in any deck (its history stays). */
export type Lookup = (questionId: string) => QuestionInfo | undefined;

/** Right and total answers. */
export interface Tally {
	right: number;
	total: number;
}

const add = (map: Map<string, Tally>, key: string, right: boolean) => {
	const tally = map.get(key) ?? { right: 0, total: 0 };
	tally.total++;
	if (right) tally.right++;
	map.set(key, tally);
};

/** A finished or unfinished quiz with its score so far. */
export interface QuizResult {
	quiz: Quiz;
	attempts: Attempt[];
	/** Sum of scores (partial credit counts), out of `quiz.questions.length`. */
	score: number;
	answered: number;
	/** Time from the first answer's start to the last answer, in ms. */
	ms: number;
}

/** Every quiz with its attempts and score, oldest first. */
export function quizResults(progress: Progress): QuizResult[] {
	const byQuiz = new Map<string, Attempt[]>();
	for (const a of progress.attempts)
		if (a.quiz) (byQuiz.get(a.quiz) ?? byQuiz.set(a.quiz, []).get(a.quiz)!).push(a);
	return progress.quizzes.map((quiz) => {
		const attempts = (byQuiz.get(quiz.id) ?? []).sort((a, b) => a.at - b.at);
		// One answer per question counts: the first, as given.
		const first = new Map<string, Attempt>();
		for (const a of attempts) if (!first.has(a.question)) first.set(a.question, a);
		const counted = [...first.values()];
		const score = counted.reduce((sum, a) => sum + a.score, 0);
		const ms = counted.reduce((sum, a) => sum + a.ms, 0);
		return { quiz, attempts: counted, score, answered: counted.length, ms };
	});
}

/** A deck's best and last finished score, as shares of 1. */
export interface DeckScore {
	best: number;
	last: number;
	/** Finished quizzes on the deck. */
	taken: number;
}

/** Best and last score of every deck with a finished quiz. */
export function deckScores(progress: Progress): Map<string, DeckScore> {
	const scores = new Map<string, DeckScore>();
	const finished = quizResults(progress)
		.filter((r) => r.quiz.finishedAt !== undefined && r.quiz.questions.length > 0)
		.sort((a, b) => a.quiz.finishedAt! - b.quiz.finishedAt!);
	for (const result of finished) {
		const share = result.score / result.quiz.questions.length;
		const known = scores.get(result.quiz.deck);
		scores.set(result.quiz.deck, {
			best: Math.max(known?.best ?? 0, share),
			last: share,
			taken: (known?.taken ?? 0) + 1
		});
	}
	return scores;
}

/** The newest unfinished quiz, if any: what "continue" offers. */
export function unfinishedQuiz(progress: Progress): QuizResult | undefined {
	return quizResults(progress)
		.filter((r) => r.quiz.finishedAt === undefined && r.answered < r.quiz.questions.length)
		.sort((a, b) => lastActivity(b) - lastActivity(a))[0];
}

function lastActivity(result: QuizResult): number {
	return result.attempts.at(-1)?.at ?? result.quiz.startedAt;
}

/**
 * Each fact's latest answer (`<article>/<fact>` → right or not), from questions on one fact: the
 * learner's current state of a fact, whatever form asked it.
 */
export function latestByFact(
	attempts: readonly Attempt[],
	lookup: Lookup
): Map<string, { correct: boolean; info: QuestionInfo }> {
	const latest = new Map<string, { correct: boolean; info: QuestionInfo }>();
	for (const a of [...attempts].sort((x, y) => x.at - y.at)) {
		const info = lookup(a.question);
		if (!info || info.facts.length !== 1) continue;
		latest.set(`${info.article}/${info.facts[0]}`, { correct: a.correct, info });
	}
	return latest;
}

/**
 * Mastery: per section and per kind, the share of facts whose latest answer was right, over the
 * facts answered at least once.
 */
export function mastery(
	attempts: readonly Attempt[],
	lookup: Lookup
): { sections: Map<string, Tally>; kinds: Map<string, Tally> } {
	const latest = latestByFact(attempts, lookup);
	const sections = new Map<string, Tally>();
	const kinds = new Map<string, Tally>();
	for (const { correct, info } of latest.values()) {
		for (const section of info.sections) add(sections, sectionKey(info.article, section), correct);
		for (const kind of info.kinds) add(kinds, kind, correct);
	}
	return { sections, kinds };
}

/**
 * The learner's study day for a moment: days start at `dayStartHour` local time (given as the
 * offset from UTC in minutes), so a late-night session counts for the day it belongs to.
 */
export function studyDay(at: number, dayStartHour: number, utcOffsetMinutes: number): string {
	const local = at + utcOffsetMinutes * 60_000 - dayStartHour * 3_600_000;
	return new Date(local).toISOString().slice(0, 10);
}

/** Answers and right answers per study day, oldest first. */
export function activityByDay(
	attempts: readonly Attempt[],
	dayStartHour: number,
	utcOffsetMinutes: number
): Map<string, Tally> {
	const days = new Map<string, Tally>();
	for (const a of [...attempts].sort((x, y) => x.at - y.at))
		add(days, studyDay(a.at, dayStartHour, utcOffsetMinutes), a.correct);
	return days;
}

/**
 * Consecutive study days with at least one answer, ending today (or yesterday, when today has
 * none yet: the streak is not lost until the day is over).
 */
export function streak(
	attempts: readonly Attempt[],
	now: number,
	dayStartHour: number,
	utcOffsetMinutes: number
): number {
	const days = new Set(attempts.map((a) => studyDay(a.at, dayStartHour, utcOffsetMinutes)));
	const DAY = 86_400_000;
	let cursor = now;
	if (!days.has(studyDay(cursor, dayStartHour, utcOffsetMinutes))) cursor -= DAY;
	let count = 0;
	while (days.has(studyDay(cursor, dayStartHour, utcOffsetMinutes))) {
		count++;
		cursor -= DAY;
	}
	return count;
}

/** Attempts not taken back, deduplicated by key: the log as derivations should read it. */
export function liveAttempts(progress: Progress): Attempt[] {
	const undone = new Set(progress.undone);
	return progress.attempts.filter((a) => !undone.has(attemptKey(a)));
}

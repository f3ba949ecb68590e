import { attemptKey, generationTime, parseAttemptKey } from '../ids.ts';
import {
	compareAttempts,
	storedPrecision,
	wholeSecond,
	type Attempt,
	type Progress,
	type Quiz,
	type Rating
} from './model.ts';

/** Adds an attempt to the log; an attempt already there, or taken back, changes nothing. */
export function recordAttempt(progress: Progress, given: Attempt): Progress {
	const attempt = storedPrecision(given);
	const key = attemptKey(attempt);
	if (progress.undone.includes(key) || progress.attempts.some((a) => attemptKey(a) === key))
		return progress;
	return { ...progress, attempts: [...progress.attempts, attempt] };
}

/**
 * Records the learner's own rating of a review answer, which the schedule then follows;
 * `undefined` goes back to the rating the answer implies.
 */
export function rateAttempt(progress: Progress, key: string, rating: Rating | undefined): Progress {
	return {
		...progress,
		attempts: progress.attempts.map((a) => {
			if (attemptKey(a) !== key) return a;
			const { rating: _old, ...rest } = a;
			return rating === undefined ? rest : { ...rest, rating };
		})
	};
}

/** Takes an attempt back: it leaves the log and stays out of it when tabs merge. */
export function undoAttempt(progress: Progress, key: string): Progress {
	if (!progress.attempts.some((a) => attemptKey(a) === key)) return progress;
	return {
		...progress,
		attempts: progress.attempts.filter((a) => attemptKey(a) !== key),
		undone: [...progress.undone, key]
	};
}

/** Adds a quiz; a quiz with the same id is left as it is. */
export function startQuiz(progress: Progress, quiz: Quiz): Progress {
	if (progress.quizzes.some((q) => q.id === quiz.id)) return progress;
	return {
		...progress,
		quizzes: [...progress.quizzes, { ...quiz, startedAt: wholeSecond(quiz.startedAt) }]
	};
}

/** Marks a quiz finished. */
export function finishQuiz(progress: Progress, id: string, at: number): Progress {
	return {
		...progress,
		quizzes: progress.quizzes.map((q) =>
			q.id === id && !q.finishedAt ? { ...q, finishedAt: at } : q
		)
	};
}

/** The attempts of one quiz, in the order they were given. */
export function quizAttempts(progress: Progress, quizId: string): Attempt[] {
	return progress.attempts.filter((a) => a.quiz === quizId).sort((a, b) => a.at - b.at);
}

/**
 * Merges two versions of the document (this tab's and the stored one): every attempt and quiz of
 * either survives, except what either took back. After a reset, the newer generation wins and
 * keeps from the older only what was done after the reset.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	if (a.generation !== b.generation) {
		// Equal times are told apart by the ids, so every tab picks the same generation.
		const order =
			generationTime(a.generation) - generationTime(b.generation) ||
			(a.generation > b.generation ? 1 : -1);
		const [newer, older] = order > 0 ? [a, b] : [b, a];
		// Stored times are whole seconds: keep all of the reset's own second.
		const since = wholeSecond(generationTime(newer.generation));
		const attempts = older.attempts.filter((x) => x.at >= since);
		// A quiz begun before the reset and answered after it stays with those answers.
		const answered = new Set(attempts.map((x) => x.quiz));
		const carried: Progress = {
			generation: newer.generation,
			attempts,
			quizzes: older.quizzes.filter((q) => q.startedAt >= since || answered.has(q.id)),
			undone: older.undone.filter((key) => {
				const at = parseAttemptKey(key)?.at;
				return at !== undefined && at >= since;
			})
		};
		return mergeProgress(newer, carried);
	}
	const undone = [...new Set([...a.undone, ...b.undone])];
	const gone = new Set(undone);
	const attempts = new Map<string, Attempt>();
	for (const attempt of [...a.attempts, ...b.attempts]) {
		const key = attemptKey(attempt);
		if (gone.has(key)) continue;
		// The same answer in both: keep the copy the learner rated, if one was.
		const known = attempts.get(key);
		if (!known || (known.rating === undefined && attempt.rating !== undefined))
			attempts.set(key, attempt);
	}
	const quizzes = new Map<string, Quiz>();
	for (const quiz of [...a.quizzes, ...b.quizzes]) {
		const known = quizzes.get(quiz.id);
		quizzes.set(
			quiz.id,
			known ? { ...known, finishedAt: known.finishedAt ?? quiz.finishedAt } : quiz
		);
	}
	return {
		generation: a.generation,
		attempts: [...attempts.values()].sort(compareAttempts),
		quizzes: [...quizzes.values()].sort((x, y) => x.startedAt - y.startedAt),
		undone
	};
}

/** What importing `incoming` would do: how many answers and quizzes it adds, or replaces. */
export interface ImportPreview {
	incomingAttempts: number;
	incomingQuizzes: number;
	/** Answers in the file that this browser does not have: what a merge adds. */
	newAttempts: number;
	newQuizzes: number;
	/** Answers in this browser that the file lacks: what a replace would drop. */
	droppedAttempts: number;
}

/** Compares the progress in a file with the progress here, before anything is changed. */
export function importPreview(current: Progress, incoming: Progress): ImportPreview {
	const here = new Set(current.attempts.map(attemptKey));
	const there = new Set(incoming.attempts.map(attemptKey));
	const quizzesHere = new Set(current.quizzes.map((q) => q.id));
	return {
		incomingAttempts: incoming.attempts.length,
		incomingQuizzes: incoming.quizzes.length,
		newAttempts: [...there].filter((key) => !here.has(key)).length,
		newQuizzes: incoming.quizzes.filter((q) => !quizzesHere.has(q.id)).length,
		droppedAttempts: [...here].filter((key) => !there.has(key)).length
	};
}

import type { QuizSettings } from '../questions/quiz.ts';
import type { Match, Rating, ResponseValue } from '../questions/types.ts';

/** Why an answer was given: in a quiz, in the review queue, or in cram practice. */
export type Mode = 'quiz' | 'review' | 'cram';

export type { Rating, ResponseValue };

/** One answer, as the append-only log keeps it. */
export interface Attempt {
	/** When it was answered, in ms since the epoch. */
	at: number;
	/** Question id (`<article>/<fact>:<form>...`): fact and form are read from it. */
	question: string;
	/**
	 * The facts of a question on several facts (order, match), as they were when it was asked:
	 * its id names them by a checksum that cannot be read back, and new content can regroup them.
	 */
	facts?: string[];
	/** The learner's answer, without its form tag (see `encodeResponse`). */
	response: ResponseValue;
	correct: boolean;
	/** 0..1; partial for order and match. */
	score: number;
	match?: Match;
	/** Time taken to answer, in ms. */
	ms: number;
	mode: Mode;
	/** The quiz it belongs to (mode 'quiz'). */
	quiz?: string;
	/**
	 * The learner's own rating of a review, when they chose one (the one the answer implies
	 * included); the verdict stays as given, so the mapping from verdict to rating can change later.
	 */
	rating?: Rating;
}

/** A quiz a learner started: which questions, in which order, drawn how. */
export interface Quiz {
	id: string;
	/** `<article>/<deck>`. */
	deck: string;
	seed: number;
	settings: QuizSettings;
	/** Question ids in the order asked. */
	questions: string[];
	startedAt: number;
	finishedAt?: number;
	/** The class code, for a quiz a teacher gave. */
	classCode?: string;
}

/** Everything a learner has done, as one document. */
export interface Progress {
	/** Changes on reset, so a tab holding data from before a reset does not bring it back. */
	generation: string;
	attempts: Attempt[];
	quizzes: Quiz[];
	/** Keys of attempts taken back (undo), so a merge with another tab does not restore them. */
	undone: string[];
}

/** A new, empty progress document. */
export function emptyProgress(generation: string): Progress {
	return { generation, attempts: [], quizzes: [], undone: [] };
}

/** A time to the whole second, the precision progress is stored at. */
export const wholeSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * An attempt as stored: times to the whole second, score to a hundredth. Recording through this
 * keeps what a learner sees equal to what a reload reads back.
 */
export function storedPrecision(attempt: Attempt): Attempt {
	return {
		...attempt,
		at: wholeSecond(attempt.at),
		ms: wholeSecond(attempt.ms),
		score: Math.round(attempt.score * 100) / 100
	};
}

/** The log's order: by time, then by identity, so equal times still sort the same everywhere. */
export function compareAttempts(
	a: Pick<Attempt, 'at' | 'question'>,
	b: Pick<Attempt, 'at' | 'question'>
): number {
	return a.at - b.at || (a.question < b.question ? -1 : a.question > b.question ? 1 : 0);
}

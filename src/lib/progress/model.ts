import type { QuizSettings } from '../questions/quiz.ts';
import type { Match, QuestionForm, Response } from '../questions/types.ts';

/** Why an answer was given: in a quiz, in the review queue, or in cram practice. */
export type Mode = 'quiz' | 'review' | 'cram';

/** An FSRS rating: Again, Hard, Good, Easy. */
export type Rating = 1 | 2 | 3 | 4;

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
	/** The learner's answer, in its form's shape (see `responseValue`). */
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
	 * The learner's own rating of a review, when they overrode the one the answer implies; the
	 * verdict stays as given, so the mapping from verdict to rating can change later.
	 */
	rating?: Rating;
}

/** A response without its form tag: the form is known from the question id. */
export type ResponseValue = number | boolean | string | string[] | (number | null)[];

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

/** An attempt's identity: when, on which question, in which quiz (or mode). */
export function attemptKey(attempt: Pick<Attempt, 'at' | 'question' | 'mode' | 'quiz'>): string {
	// Two tabs may answer the same question in the same second, in different quizzes or modes.
	return `${attempt.at}|${attempt.question}|${attempt.quiz ?? attempt.mode}`;
}

/** The log's order: by time, then by identity, so equal times still sort the same everywhere. */
export function compareAttempts(
	a: Pick<Attempt, 'at' | 'question'>,
	b: Pick<Attempt, 'at' | 'question'>
): number {
	return a.at - b.at || (a.question < b.question ? -1 : a.question > b.question ? 1 : 0);
}

/** The form of a question, read from its id. */
export function formOf(questionId: string): QuestionForm | undefined {
	const match = /:(choice|true-false|typed|numeric|order|match)(?::|$)/.exec(questionId);
	return match?.[1] as QuestionForm | undefined;
}

/** The article and fact a single-fact question asks about, read from its id. */
export function factOf(questionId: string): { article: string; fact: string } | undefined {
	const match =
		/^([a-z0-9-]+)\/([a-z0-9-]+):(choice|true-false|typed|numeric)(?::(?:true|false))?$/.exec(
			questionId
		);
	return match ? { article: match[1], fact: match[2] } : undefined;
}

/** The response without its form tag, for storage. */
export function responseValue(response: Response): ResponseValue {
	switch (response.form) {
		case 'choice':
			return response.option;
		case 'true-false':
			return response.value;
		case 'typed':
		case 'numeric':
			return response.text;
		case 'order':
			return response.order;
		case 'match':
			return response.pairs;
	}
}

/** A stored response with its form tag again, or undefined when it does not fit the form. */
export function responseOf(form: QuestionForm, value: ResponseValue): Response | undefined {
	switch (form) {
		case 'choice':
			return typeof value === 'number' ? { form, option: value } : undefined;
		case 'true-false':
			return typeof value === 'boolean' ? { form, value } : undefined;
		case 'typed':
		case 'numeric':
			return typeof value === 'string' ? { form, text: value } : undefined;
		case 'order':
			return Array.isArray(value) && value.every((v) => typeof v === 'string')
				? { form, order: value as string[] }
				: undefined;
		case 'match':
			return Array.isArray(value) && value.every((v) => v === null || typeof v === 'number')
				? { form, pairs: value as (number | null)[] }
				: undefined;
	}
}

import { sampleQuiz, type QuizSettings } from '../questions/quiz.ts';
import { createRng, shuffle } from '../questions/random.ts';
import type { ClientQuestion } from '../questions/types.ts';
import { quizAttempts } from './log.ts';

export { unfinishedQuiz } from './derive.ts';
export { startQuiz } from './log.ts';
import type { Progress, Quiz } from './model.ts';

/** A new quiz drawn from a deck's questions with a seed: the same seed draws the same quiz. */
export function createQuiz(options: {
	id: string;
	deck: string;
	questions: readonly ClientQuestion[];
	settings: QuizSettings;
	seed: number;
	now: number;
	classCode?: string;
}): Quiz {
	const drawn = sampleQuiz(options.questions, options.settings, options.seed);
	return {
		id: options.id,
		deck: options.deck,
		seed: options.seed,
		settings: options.settings,
		questions: drawn.map((q) => q.id),
		startedAt: options.now,
		...(options.classCode ? { classCode: options.classCode } : {})
	};
}

/** The questions of a finished quiz that were not answered fully right: what "retry" asks again. */
export function missedQuestions(progress: Progress, quiz: Quiz): string[] {
	const right = new Set(
		quizAttempts(progress, quiz.id)
			.filter((a) => a.correct)
			.map((a) => a.question)
	);
	return quiz.questions.filter((id) => !right.has(id));
}

/** A new quiz asking again, in a new random order, the questions a quiz missed. */
export function createRetry(options: {
	id: string;
	previous: Quiz;
	questions: string[];
	seed: number;
	now: number;
}): Quiz {
	return {
		id: options.id,
		deck: options.previous.deck,
		seed: options.seed,
		settings: { ...options.previous.settings, count: options.questions.length },
		questions: shuffle(options.questions, createRng(options.seed)),
		startedAt: options.now
	};
}

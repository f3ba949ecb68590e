import { decodeClassCode, type CodedDeck } from '../classroom/class-code.ts';
import { sampleQuiz, type QuizSettings } from '../questions/quiz.ts';
import { parseQuizParams } from '../questions/quiz-params.ts';
import { createRng, shuffle } from '../questions/random.ts';
import type { ClientQuestion } from '../questions/types.ts';
import { unfinishedQuiz } from './derive.ts';
import { quizAttempts } from './log.ts';
import type { Progress, Quiz } from './model.ts';

export { unfinishedQuiz } from './derive.ts';
export { startQuiz } from './log.ts';

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

/** The quiz a quiz page shows, and whether it is new (to be saved) or one the learner has. */
export type QuizChoice = { quiz: Quiz; isNew: boolean } | { error: string };

/**
 * Picks the quiz a quiz page's URL asks for, for one deck: a saved one (`id`), a class quiz
 * (`class`: the learner's own if they began it, else a new one from the code), a retry of what a
 * saved quiz missed (`retry`), the deck's unfinished quiz (no `count`), or a new one from the
 * settings. Every way the URL can be wrong gets a sentence for the learner.
 */
export function chooseQuiz(options: {
	params: URLSearchParams;
	/** The deck's key, `<article>/<deck>`. */
	deck: string;
	questions: readonly ClientQuestion[];
	progress: Progress;
	/** Every deck with its tag, to read class codes against. */
	codedDecks: readonly Pick<CodedDeck, 'key' | 'tag'>[];
	now: number;
	newId: () => string;
	newSeed: () => number;
}): QuizChoice {
	const { params, deck, questions, progress, now } = options;
	const find = (id: string | null) => progress.quizzes.find((q) => q.id === id);
	const id = params.get('id');
	if (id !== null) {
		const saved = find(id);
		return saved && saved.deck === deck
			? { quiz: saved, isNew: false }
			: { error: 'This quiz is not among the quizzes saved in this browser.' };
	}
	const code = params.get('class');
	if (code !== null) {
		const read = decodeClassCode(code, options.codedDecks);
		if ('error' in read) return read;
		if (read.quiz.deck !== deck)
			return { error: 'This class code is for another deck: open it from the home page.' };
		const mine = progress.quizzes.findLast((q) => q.classCode === read.code);
		if (mine) return { quiz: mine, isNew: false };
		const { count, forms, order, seed } = read.quiz;
		const quiz = createQuiz({
			id: options.newId(),
			deck,
			questions,
			settings: { count, forms, order },
			seed,
			now,
			classCode: read.code
		});
		return { quiz, isNew: true };
	}
	const retried = params.get('retry');
	if (retried !== null) {
		const previous = find(retried);
		if (!previous || previous.deck !== deck)
			return { error: 'The quiz to retry is not among the quizzes saved in this browser.' };
		const known = new Set(questions.map((q) => q.id));
		const missed = missedQuestions(progress, previous).filter((q) => known.has(q));
		if (missed.length === 0)
			return {
				error: 'Every question of that quiz was answered right: there is nothing to retry.'
			};
		const quiz = createRetry({
			id: options.newId(),
			previous,
			questions: missed,
			seed: options.newSeed(),
			now
		});
		return { quiz, isNew: true };
	}
	if (!params.has('count')) {
		const open = unfinishedQuiz({
			...progress,
			quizzes: progress.quizzes.filter((q) => q.deck === deck)
		});
		if (open) return { quiz: open.quiz, isNew: false };
	}
	const parsed = parseQuizParams(params);
	if ('error' in parsed) return parsed;
	const quiz = createQuiz({
		id: options.newId(),
		deck,
		questions,
		settings: parsed.settings,
		seed: options.newSeed(),
		now
	});
	if (quiz.questions.length === 0)
		return { error: 'No question of this deck has the forms chosen.' };
	return { quiz, isNew: true };
}

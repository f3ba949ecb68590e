import { quizViewKey } from '$lib/ids.ts';
import { recordAttempt, finishQuiz, quizAttempts } from '$lib/progress/log.ts';
import type { Attempt, Quiz } from '$lib/progress/model.ts';
import {
	decodeResponse,
	encodeResponse,
	grade,
	initialResponse,
	isAnswerable
} from '$lib/questions/grade.ts';
import type { FactView } from '$lib/questions/library.ts';
import type { ClientQuestion, Response, Verdict } from '$lib/questions/types.ts';
import type { AppState } from './app.svelte.ts';

/** Where this tab was in a quiz, so a reload shows the same question (feedback included). */

function readView(quizId: string): number | undefined {
	try {
		const text = sessionStorage.getItem(quizViewKey(quizId));
		const saved = text === null ? NaN : Number(text);
		return Number.isSafeInteger(saved) && saved >= 0 ? saved : undefined;
	} catch {
		return undefined;
	}
}

function writeView(quizId: string, index: number): void {
	try {
		sessionStorage.setItem(quizViewKey(quizId), String(index));
	} catch {
		// Without session storage a reload shows the next question to answer: nothing is lost.
	}
}

/**
 * One quiz being taken: which question is shown, the answer being composed, and each answer
 * graded and saved to the learner's log the moment it is given.
 */
export class QuizRunner {
	readonly quiz: Quiz;
	readonly questions: ClientQuestion[];
	readonly facts: ReadonlyMap<string, FactView>;
	/** Index of the question on screen. */
	view = $state(0);
	/** The answer being composed for the question on screen. */
	draft = $state<Response | undefined>();
	#shownAt = Date.now();

	constructor(
		private readonly app: AppState,
		quiz: Quiz,
		questions: ClientQuestion[],
		facts: FactView[]
	) {
		this.quiz = quiz;
		this.questions = questions;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never mutated
		this.facts = new Map(facts.map((fact) => [fact.id, fact]));
		const firstOpen = this.questions.findIndex((q) => !this.attempts.has(q.id));
		const resume = firstOpen === -1 ? this.questions.length : firstOpen;
		const saved = readView(quiz.id);
		this.view = saved !== undefined && saved <= resume ? saved : resume;
		this.draft = this.current ? initialResponse(this.current) : undefined;
	}

	/** The first answer to each question of this quiz: the one that counts. */
	readonly attempts: ReadonlyMap<string, Attempt> = $derived.by(() => {
		const all = quizAttempts(this.app.progress, this.quiz.id);
		const first = all.filter((a, i) => all.findIndex((b) => b.question === a.question) === i);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh snapshot per change, never mutated
		return new Map(first.map((attempt) => [attempt.question, attempt]));
	});

	get total(): number {
		return this.questions.length;
	}

	get answered(): number {
		return this.attempts.size;
	}

	get finished(): boolean {
		return this.view >= this.questions.length;
	}

	get current(): ClientQuestion | undefined {
		return this.questions[this.view];
	}

	/** Questions whose time ran out before an answer: left blank, shown with the right answer. */
	timedOut = $state<string[]>([]);

	/** Whether the question on screen ran out of time. */
	get currentTimedOut(): boolean {
		return !!this.current && this.timedOut.includes(this.current.id);
	}

	/** Ends the question on screen unanswered, when a class quiz's time per question runs out. */
	skip(): void {
		if (this.current && !this.closed) this.timedOut = [...this.timedOut, this.current.id];
	}

	/** The saved answer to the question on screen, once given. */
	get currentAttempt(): Attempt | undefined {
		return this.current && this.attempts.get(this.current.id);
	}

	/** The grader's verdict on the question on screen, once answered. */
	get verdict(): Verdict | undefined {
		return this.current && this.verdictOf(this.current);
	}

	/** The verdict on any question of the quiz, from its saved answer. */
	verdictOf(question: ClientQuestion): Verdict | undefined {
		const response = this.responseOf(question);
		return response && grade(question, response);
	}

	/** The saved answer to a question, in its form's shape. */
	responseOf(question: ClientQuestion): Response | undefined {
		const attempt = this.attempts.get(question.id);
		return attempt && decodeResponse(question.form, attempt.response);
	}

	/** Whether the question on screen takes no more answer: answered, or out of time. */
	get closed(): boolean {
		return !!this.currentAttempt || this.currentTimedOut;
	}

	/** The response the question on screen shows: the saved one once answered, else the draft. */
	get response(): Response | undefined {
		return this.current && this.currentAttempt ? this.responseOf(this.current) : this.draft;
	}

	get canSubmit(): boolean {
		return !!this.current && !this.closed && isAnswerable(this.current, this.draft);
	}

	/** Grades the draft and saves it to the log at once. */
	submit(now = Date.now()): Verdict | undefined {
		const question = this.current;
		if (!question || !this.canSubmit || !this.draft) return undefined;
		const verdict = grade(question, this.draft);
		const attempt: Attempt = {
			at: now,
			question: question.id,
			...(question.facts.length > 1 ? { facts: question.facts } : {}),
			response: encodeResponse(this.draft),
			correct: verdict.correct,
			score: verdict.score,
			...(verdict.match ? { match: verdict.match } : {}),
			ms: Math.max(0, now - this.#shownAt),
			mode: 'quiz',
			quiz: this.quiz.id
		};
		this.app.update((progress) => recordAttempt(progress, attempt));
		return verdict;
	}

	/** Moves to the next question, or to the results after the last one. */
	next(now = Date.now()): void {
		if (!this.closed) return;
		this.view = Math.min(this.view + 1, this.questions.length);
		writeView(this.quiz.id, this.view);
		this.draft = this.current ? initialResponse(this.current) : undefined;
		this.#shownAt = now;
		if (this.finished && !this.quiz.finishedAt)
			this.app.update((progress) => finishQuiz(progress, this.quiz.id, now));
	}

	/** Total and partial credit over the questions asked. */
	get score(): number {
		return [...this.attempts.values()].reduce((sum, attempt) => sum + attempt.score, 0);
	}

	/** Time spent answering, in ms. */
	get time(): number {
		return [...this.attempts.values()].reduce((sum, attempt) => sum + attempt.ms, 0);
	}
}

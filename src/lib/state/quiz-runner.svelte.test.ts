import { afterEach, describe, expect, it, vi } from 'vitest';
import { startQuiz } from '$lib/progress/log.ts';
import type { Quiz } from '$lib/progress/model.ts';
import { MemoryStorage } from '$lib/storage/store.ts';
import { QuizRunner } from './quiz-runner.svelte.ts';
import { FACTS, fakePage, openedApp, QUESTIONS } from './testing.ts';

const NOW = Date.UTC(2026, 10, 20, 10);
const [lengthChoice, , countriesChoice] = QUESTIONS;

/** A quiz of the two choice questions, started as the quiz page starts one. */
function started(storage = new MemoryStorage()) {
	const { app } = openedApp(storage);
	const quiz: Quiz = {
		id: 'quiz-1',
		deck: 'danube/all',
		seed: 1,
		settings: { count: 2, forms: ['choice'], order: 'article' },
		questions: [lengthChoice.id, countriesChoice.id],
		startedAt: NOW
	};
	app.update((progress) => startQuiz(progress, quiz));
	const questions = [lengthChoice, countriesChoice];
	return { app, storage, open: () => new QuizRunner(app, quiz, questions, FACTS) };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('a quiz being taken', () => {
	it('grades the answer, stores it at once, and moves on to the next question', () => {
		fakePage();
		const { storage, open } = started();
		const runner = open();
		expect(runner.current).toBe(lengthChoice);
		expect(runner.canSubmit).toBe(false);
		runner.draft = { form: 'choice', option: 1 };
		const verdict = runner.submit(NOW + 5000);
		expect(verdict).toMatchObject({ correct: true, score: 1 });
		expect(runner.closed).toBe(true);
		expect(runner.verdict?.correct).toBe(true);
		expect(openedApp(storage).app.progress.attempts).toEqual([
			expect.objectContaining({ question: lengthChoice.id, quiz: 'quiz-1', mode: 'quiz' })
		]);
		runner.next(NOW + 6000);
		expect(runner.current).toBe(countriesChoice);
		expect(runner.closed).toBe(false);
		expect(runner.answered).toBe(1);
	});

	it('takes one answer per question: the first is the one that counts', () => {
		fakePage();
		const { app, open } = started();
		const runner = open();
		runner.draft = { form: 'choice', option: 0 };
		runner.submit(NOW);
		runner.draft = { form: 'choice', option: 1 };
		expect(runner.submit(NOW)).toBeUndefined();
		expect(runner.verdict?.correct).toBe(false);
		expect(app.progress.attempts).toHaveLength(1);
	});

	it('scores the quiz and marks it finished after the last question', () => {
		fakePage();
		const { app, open } = started();
		const runner = open();
		runner.draft = { form: 'choice', option: 1 };
		runner.submit(NOW);
		runner.next(NOW);
		runner.draft = { form: 'choice', option: 2 };
		runner.submit(NOW);
		runner.next(NOW + 60_000);
		expect(runner.finished).toBe(true);
		expect(runner.score).toBe(1);
		expect(app.progress.quizzes[0].finishedAt).toBe(NOW + 60_000);
	});

	it('picks up where it was left, the answered question on screen with its verdict', () => {
		fakePage();
		vi.stubGlobal('sessionStorage', new MemoryStorage());
		const { open } = started();
		const runner = open();
		runner.draft = { form: 'choice', option: 1 };
		runner.submit(NOW);
		runner.next(NOW);
		runner.draft = { form: 'choice', option: 0 };
		runner.submit(NOW);
		const reloaded = open();
		expect(reloaded.current).toBe(countriesChoice);
		expect(reloaded.closed).toBe(true);
		expect(reloaded.response).toEqual({ form: 'choice', option: 0 });
		expect(reloaded.verdict?.correct).toBe(false);
	});

	it('opens a quiz left without its place at the first question not yet answered', () => {
		fakePage();
		const { open } = started();
		const runner = open();
		runner.draft = { form: 'choice', option: 1 };
		runner.submit(NOW);
		expect(open().current).toBe(countriesChoice);
	});

	it('leaves a question whose time ran out blank, closed to any answer', () => {
		fakePage();
		const { app, open } = started();
		const runner = open();
		runner.draft = { form: 'choice', option: 1 };
		runner.skip();
		expect(runner.currentTimedOut).toBe(true);
		expect(runner.canSubmit).toBe(false);
		expect(runner.submit(NOW)).toBeUndefined();
		runner.next(NOW);
		expect(runner.current).toBe(countriesChoice);
		expect(app.progress.attempts).toEqual([]);
	});
});

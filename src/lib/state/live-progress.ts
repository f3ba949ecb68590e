import { finishQuiz, recordAttempt, startQuiz } from '$lib/progress/log.ts';
import type { Quiz } from '$lib/progress/model.ts';
import type { PlayerSummary } from '$lib/live/messages.ts';
import { encodeResponse, grade } from '$lib/questions/grade.ts';
import { getApp } from './app.svelte.ts';
import type { LoadedClassQuiz } from '$lib/browser/class-quiz.ts';

/**
 * Keeps a live game in the learner's progress as a class quiz: the same record a class quiz taken
 * by code makes, with each answer graded here as it was on the server. Returns the quiz's id.
 */
export function saveLiveGame(loaded: LoadedClassQuiz, summary: PlayerSummary, now: number): string {
	const app = getApp();
	app.start();
	const random = crypto.getRandomValues(new Uint32Array(1))[0];
	const { count, forms, order, seed } = loaded.quiz;
	const quiz: Quiz = {
		id: `${now.toString(36)}-${random.toString(36)}`,
		deck: loaded.deck.key,
		seed,
		settings: { count, forms, order },
		questions: loaded.questions.map((q) => q.id),
		startedAt: now,
		classCode: loaded.code
	};
	app.update((progress) => {
		let next = startQuiz(progress, quiz);
		loaded.questions.forEach((question, i) => {
			const answer = summary.answers[i];
			if (!answer) return;
			const verdict = grade(question, answer.response);
			next = recordAttempt(next, {
				at: now,
				question: question.id,
				...(question.facts.length > 1 ? { facts: question.facts } : {}),
				response: encodeResponse(answer.response),
				correct: verdict.correct,
				score: verdict.score,
				...(verdict.match ? { match: verdict.match } : {}),
				ms: answer.ms,
				mode: 'quiz',
				quiz: quiz.id
			});
		});
		return finishQuiz(next, quiz.id, now);
	});
	return quiz.id;
}

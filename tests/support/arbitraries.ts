import fc from 'fast-check';
import {
	attemptKey,
	factKey,
	factQuestionId,
	formOfQuestion,
	groupQuestionId
} from '../../src/lib/ids.ts';
import {
	compareAttempts,
	type Attempt,
	type Progress,
	type Quiz
} from '../../src/lib/progress/model.ts';

// Generators of valid progress for property tests, at the precision the store keeps.

const FORMS = ['choice', 'true-false', 'typed', 'numeric', 'order', 'match'] as const;
const YEAR_2020 = 1_577_836_800_000;
const TEN_YEARS = 315_360_000_000;

/** The facts a question on several facts held: fixed per question, as in a real bank. */
const factsOf = (question: string) => {
	const stem = question.split('/')[1].split(':')[0];
	return [`${stem}-a`, `${stem}-b`];
};

/** A question id of any form; a question on several facts is named by the facts it holds. */
export const questionId = fc
	.tuple(
		fc.constantFrom('mali-france-russia', 'niger-river'),
		fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,5}){0,2}$/),
		fc.constantFrom(...FORMS)
	)
	.map(([article, fact, form]) =>
		form === 'order' || form === 'match'
			? groupQuestionId(article, fact, form, factsOf(factKey(article, fact)))
			: factQuestionId(article, fact, form, form === 'true-false' ? 'true' : undefined)
	);

const responseFor = (form: string) => {
	switch (form) {
		case 'choice':
			return fc.integer({ min: 0, max: 3 });
		case 'true-false':
			return fc.boolean();
		case 'typed':
		case 'numeric':
			return fc.string({ maxLength: 40 });
		case 'order':
			return fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 });
		default:
			return fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { maxLength: 5 });
	}
};

const formOfId = (id: string) => formOfQuestion(id) ?? 'choice';

/** A quiz answer whose quiz record is not kept (it began before a reset in another tab). */
const unkeptQuiz = fc
	.option(fc.stringMatching(/^[a-z0-9]{4,10}$/), { nil: undefined, freq: 4 })
	.map((quiz) => ({ mode: 'quiz', question: undefined as string | undefined, quiz }));

/**
 * An attempt at whole seconds, with a score to the hundredth: outside any quiz (a review or
 * cram answer), on one of a quiz's own questions, or in a quiz whose record is not kept.
 */
export const attempt = (quizzes: Quiz[]): fc.Arbitrary<Attempt> => {
	const asked = quizzes.filter((q) => q.questions.length > 0);
	const outside = fc.oneof(
		{ arbitrary: fc.constantFrom('review', 'cram'), weight: 4 },
		{ arbitrary: fc.constant('unkept'), weight: 1 }
	);
	const alone = outside.chain((mode) =>
		mode === 'unkept'
			? unkeptQuiz
			: fc.constant({
					mode,
					question: undefined as string | undefined,
					quiz: undefined as string | undefined
				})
	);
	const owner = asked.length
		? fc.oneof(
				alone,
				fc
					.constantFrom(...asked)
					.chain((q) =>
						fc
							.constantFrom(...q.questions)
							.map((question) => ({ mode: 'quiz', question, quiz: q.id }))
					)
			)
		: alone;
	return fc.tuple(owner, questionId).chain(([who, fallback]) => {
		const question = who.question ?? fallback;
		return fc
			.record({
				at: fc.integer({ min: 0, max: TEN_YEARS / 1000 }).map((s) => YEAR_2020 + s * 1000),
				response: responseFor(formOfId(question)),
				verdict: fc.oneof(
					fc
						.constantFrom('exact', 'alias', 'typo', 'tolerance')
						.map((match) => ({ correct: true, score: 1, match })),
					fc.integer({ min: 0, max: 99 }).map((n) => ({ correct: false, score: n / 100 }))
				),
				taken: fc.integer({ min: 0, max: 600 }),
				rating: fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined }),
				facts: fc.constant(/:(order|match):/.test(question) ? factsOf(question) : undefined)
			})
			.map(({ at, response, verdict, taken, rating, facts }) => {
				const a: Attempt = {
					at,
					question,
					response,
					...(verdict as Pick<Attempt, 'correct' | 'score' | 'match'>),
					ms: taken * 1000,
					mode: who.mode as Attempt['mode']
				};
				if (who.quiz) a.quiz = who.quiz;
				if (rating !== undefined && a.mode === 'review') a.rating = rating;
				if (facts) a.facts = facts;
				return a;
			});
	});
};

/** A quiz with an id of its own. */
export const quiz = (id: string): fc.Arbitrary<Quiz> =>
	fc
		.record({
			deck: fc.constantFrom('mali-france-russia/all', 'mali-france-russia/timeline'),
			seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
			count: fc.integer({ min: 1, max: 50 }),
			order: fc.constantFrom('random' as const, 'article' as const),
			questions: fc.array(questionId, { maxLength: 12 }),
			startedAt: fc.integer({ min: 0, max: TEN_YEARS / 1000 }).map((s) => YEAR_2020 + s * 1000),
			finished: fc.option(
				fc.integer({ min: 0, max: 10_000 }).map((s) => s * 1000),
				{ nil: undefined }
			)
		})
		.map(({ deck, seed, count, order, questions, startedAt, finished }) => ({
			id,
			deck,
			seed,
			settings: { count, forms: [], order },
			questions,
			startedAt,
			...(finished !== undefined ? { finishedAt: startedAt + finished } : {})
		}));

/** A whole progress document. */
export const progress: fc.Arbitrary<Progress> = fc
	.uniqueArray(fc.stringMatching(/^[a-z0-9]{4,10}$/), { maxLength: 4 })
	.chain((ids) => (ids.length ? fc.tuple(...ids.map(quiz)) : fc.constant([] as Quiz[])))
	.chain((quizzes) =>
		fc.record({
			generation: fc.constant('lq2m3n-abc123'),
			quizzes: fc.constant(quizzes),
			attempts: fc.array(attempt(quizzes), { maxLength: 30 }),
			undone: fc.constant([] as string[])
		})
	)
	.map((p) => ({
		...p,
		attempts: dedupe(p.attempts).sort(compareAttempts),
		quizzes: [...p.quizzes].sort((a, b) => a.startedAt - b.startedAt)
	}));

function dedupe(attempts: Attempt[]): Attempt[] {
	const seen = new Set<string>();
	return attempts.filter((a) => {
		const key = attemptKey(a);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

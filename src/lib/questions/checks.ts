import { paragraphsOf, type Article } from '../content/article.ts';
import type { ArticleContent } from '../content/corpus.ts';
import type { DistractorLists, Fact } from '../content/schema.ts';
import type { Bank } from './bank.ts';
import { sectionDeck, type Deck } from './decks.ts';
import { indexFacts } from './distractors.ts';
import { FORM_BUILDS } from './forms/build.ts';
import { sortsByValue } from './forms/choice.ts';
import {
	QUESTION_CHECKS,
	type CheckContext,
	type FormBuild,
	type QuestionCheck
} from './forms/index.ts';
import { SHARED_CHECKS } from './forms/shared-checks.ts';
import { stemOf } from './grade.ts';
import { revealedFacts } from './leaks.ts';
import { sampleQuiz } from './quiz.ts';
import { chiSquarePValue, chiSquareUniform } from './stats.ts';
import { normalize } from './text.ts';
import type { ChoiceQuestion, Question, QuestionForm } from './types.ts';

export { QUESTION_CHECKS };
export type { CheckContext, QuestionCheck };

/** The checks a whole bank and its decks must pass. */
export const BANK_CHECKS = [
	'true-false-balance',
	'position-spread',
	'no-duplicates',
	'two-forms-per-fact',
	'deck-per-section',
	'no-empty-deck',
	'no-quiz-leak'
] as const;

export type BankCheck = (typeof BANK_CHECKS)[number];

/** One failed check: which, on what, and why. */
export interface Failure {
	check: QuestionCheck | BankCheck;
	subject: string;
	reason: string;
}

/**
 * Indexes an article's facts, its own distractor lists and (given the article) its paragraphs,
 * which the wording checks read, for the question checks.
 */
export function checkContext(
	facts: readonly Fact[],
	article?: Article,
	lists: DistractorLists = {}
): CheckContext {
	return {
		byId: new Map(facts.map((fact) => [fact.id, fact])),
		index: indexFacts(facts, lists),
		...(article && {
			paragraphs: new Map(paragraphsOf(article).map((p) => [p.id, p.text]))
		})
	};
}

/** Runs every question check on one question (pass a CheckContext when checking many). */
export function checkQuestion(
	question: Question,
	facts: readonly Fact[] | CheckContext
): Failure[] {
	const ctx = 'byId' in facts ? facts : checkContext(facts);
	const { byId } = ctx;
	if (!byId.has(question.facts[0]))
		return [
			{ check: 'grounded', subject: question.id, reason: `unknown fact ${question.facts[0]}` }
		];
	// FORM_BUILDS maps each form to its module, so these are this question's own rules.
	const own = (FORM_BUILDS[question.form] as FormBuild<QuestionForm>).checks;
	return QUESTION_CHECKS.flatMap((check) => {
		const reason = (own[check] ?? SHARED_CHECKS[check])(question, ctx);
		return reason === undefined ? [] : [{ check, subject: question.id, reason }];
	});
}

/** How many seeded 20-question quizzes of each deck the leak check draws. */
export const LEAK_SEEDS = 100;

/** The share of true statements among true/false questions, allowed between these bounds. */
export const TRUE_SHARE = [0.4, 0.6] as const;
/** The p-value below which the spread of correct positions counts as uneven. */
export const POSITION_ALPHA = 0.05;

/** Runs the bank-wide checks over an article's bank and decks. */
export function checkBank(content: ArticleContent, bank: Bank, decks: readonly Deck[]): Failure[] {
	const failures: Failure[] = [];
	const fail = (check: BankCheck, subject: string, reason: string) =>
		failures.push({ check, subject, reason });
	const { questions } = bank;

	const tf = questions.filter((q) => q.form === 'true-false');
	const trueShare = tf.length === 0 ? 0.5 : tf.filter((q) => q.answer).length / tf.length;
	if (trueShare < TRUE_SHARE[0] || trueShare > TRUE_SHARE[1])
		fail(
			'true-false-balance',
			bank.article,
			`${Math.round(trueShare * 100)}% of true/false statements are true`
		);

	const p = positionSpreadPValue(questions);
	if (p !== undefined && p <= POSITION_ALPHA)
		fail(
			'position-spread',
			bank.article,
			`correct options cluster by position (p = ${p.toFixed(3)})`
		);

	const ids = new Set<string>();
	const contents = new Map<string, string>();
	for (const q of questions) {
		if (ids.has(q.id)) fail('no-duplicates', q.id, 'the id is used twice');
		ids.add(q.id);
		// A question on several facts is told apart by its facts: two groups may share a prompt and a shuffle.
		const group = q.facts.length > 1 ? [...q.facts].sort().join(',') : '';
		const key = `${q.form}|${normalize(q.prompt)}|${normalize(stemOf(q))}|${normalize(JSON.stringify(q.answer))}|${group}`;
		if (contents.has(key)) fail('no-duplicates', q.id, `asks the same as ${contents.get(key)}`);
		else contents.set(key, q.id);
	}

	for (const fact of content.facts) {
		const forms = new Set(
			questions.filter((q) => q.facts.length === 1 && q.facts[0] === fact.id).map((q) => q.form)
		);
		if (forms.size < 2)
			fail('two-forms-per-fact', fact.id, `only ${[...forms].join(', ') || 'no form'}`);
	}

	for (const section of content.article.sections) {
		if (!sectionDeck(content.decks, section.id))
			fail('deck-per-section', section.id, 'no deck is made of this section');
	}
	for (const deck of decks)
		if (deck.questions.length === 0) fail('no-empty-deck', deck.key, 'selects no question');

	// The leak graph recomputed from the questions' texts: no drawn quiz may hold a leaking pair.
	const graph = revealedFacts(questions, content.facts);
	const byId = new Map(questions.map((q) => [q.id, q]));
	const leaks = (a: Question, b: Question) =>
		graph.get(a.id)!.some((f) => b.facts.includes(f)) ||
		graph.get(b.id)!.some((f) => a.facts.includes(f));
	for (const deck of decks) {
		const pool = deck.questions.map((id) => byId.get(id)!).filter(Boolean);
		for (let seed = 0; seed < LEAK_SEEDS; seed++) {
			const quiz = sampleQuiz(pool, { count: 20, forms: [], order: 'random' }, seed);
			const pair = quiz.flatMap((a, i) => quiz.slice(i + 1).map((b) => [a, b] as const));
			const leak = pair.find(([a, b]) => leaks(a, b));
			if (leak) {
				fail('no-quiz-leak', deck.key, `seed ${seed} draws ${leak[0].id} with ${leak[1].id}`);
				break;
			}
		}
	}
	return failures;
}

/** The chi-square p-value of where the correct option sits, over four-option questions. */
export function positionSpreadPValue(questions: readonly Question[]): number | undefined {
	// Numbers and dates are offered in ascending order, so only shuffled options count.
	const choice = questions.filter(
		(q): q is ChoiceQuestion =>
			q.form === 'choice' && q.options.length === 4 && !sortsByValue(q.options)
	);
	if (choice.length < 20) return undefined;
	const counts = [0, 0, 0, 0];
	for (const q of choice) counts[q.answer]++;
	return chiSquarePValue(chiSquareUniform(counts), 3);
}

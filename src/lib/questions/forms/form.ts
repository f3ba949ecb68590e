import type * as v from 'valibot';
import type { Fact } from '../../content/schema.ts';
import type { Distractor, DistractorIndex } from '../distractors.ts';
import type { Rng } from '../random.ts';
import type {
	Client,
	Match,
	PlayerQuestion,
	Question,
	QuestionForm,
	QuestionOf,
	Rating,
	ResponseOf,
	ResponseValue,
	Verdict
} from '../types.ts';

/** What every question of some facts carries, whatever its form: where it sits, what decks select. */
export type Common = Pick<
	Question,
	'article' | 'facts' | 'sections' | 'kinds' | 'tags' | 'position'
>;

/** What a form needs from the bank to build its questions; the bank owns the machinery. */
export interface BuildContext {
	article: string;
	/** The placement and selection data of a question on these facts. */
	common(facts: readonly Fact[]): Common;
	/** Up to three wrong options for a fact, drawn once per fact and shared by every form. */
	distractors(fact: Fact): Distractor[];
	/** The sentence of the article that holds a fact's quote, when it can be found. */
	sentenceOf(fact: Fact): string | undefined;
	/** The sentence before that one in its paragraph, trimmed; undefined when it opens the paragraph. */
	sentenceBeforeOf(fact: Fact): string | undefined;
	/** The text of the paragraph that holds a fact. */
	paragraphOf(fact: Fact): string;
	/** The bank's shared random stream, for forms whose output predates per-question seeds. */
	rng: Rng;
	/** True the first time a key is claimed in this bank, false after: asks a thing once. */
	firstTime(key: string): boolean;
}

/** What a form's checks need: the article's facts by id, the distractor pools, the paragraphs. */
export interface CheckContext {
	byId: ReadonlyMap<string, Fact>;
	index: DistractorIndex;
	/** Each paragraph's text by id, when the article is at hand; else a fact's quote stands in. */
	paragraphs?: ReadonlyMap<string, string>;
}

/** The checks a question must pass, each by name; every form may add its own rule to a check. */
export const QUESTION_CHECKS = [
	'grounded',
	'no-leak',
	'one-correct',
	'distinct-options',
	'distractor-kind',
	'no-giveaway',
	'attributed',
	'paraphrased',
	'safe-false',
	'initials',
	'shared-words',
	'parallel-options',
	'negative-stem',
	'form-fits'
] as const;

export type QuestionCheck = (typeof QUESTION_CHECKS)[number];

/** A check's reason for failing, or undefined when the question passes it. */
export type CheckResult = string | undefined;

/** Where a form sits on the review ladder: recognise a statement, choose, then recall. */
export type Level = 'true-false' | 'choice' | 'recall';

/** A response's result as a class result code keeps it: the option picked, or how it went. */
export type Mark =
	| { kind: 'option'; index: number }
	| { kind: 'right' }
	| { kind: 'wrong' }
	| { kind: 'partial'; score: number }
	| { kind: 'blank' };

/**
 * How a form's questions are built from facts and checked: the half of a form that only the build
 * and the command line run, kept apart from `Form` so pages never download it.
 */
export interface FormBuild<F extends QuestionForm> {
	readonly form: F;
	/** Questions on one fact; forms on several facts leave it out. */
	fromFact?(fact: Fact, ctx: BuildContext): QuestionOf<F>[];
	/** Questions on several of an article's facts (order, match). */
	fromFacts?(facts: readonly Fact[], ctx: BuildContext): QuestionOf<F>[];
	/** This form's own rule for a check, where the shared rule does not fit it. */
	readonly checks: Partial<
		Record<QuestionCheck, (question: QuestionOf<F>, ctx: CheckContext) => CheckResult>
	>;
}

/**
 * How a form's responses are stored and rated: what the progress store needs of a form on every
 * page, kept apart so that a page reading progress downloads no grader.
 */
export interface FormStore<F extends QuestionForm> {
	readonly form: F;
	/** The response without its form tag, for storage. */
	encode(response: ResponseOf<F>): ResponseValue;
	/** A stored value as a response of this form, or undefined when it does not fit. */
	decode(value: unknown): ResponseOf<F> | undefined;
	/** The FSRS rating a graded answer implies, before the learner overrides it. */
	rate(verdict: { correct: boolean; match?: Match }): Rating;
}

/**
 * One question form as pages use it: how a response is graded, described, stored and rated, and
 * what screens, exporters and live games need to know of it. Its building half is `FormBuild`,
 * in the same module.
 */
export interface Form<F extends QuestionForm> extends FormStore<F> {
	readonly form: F;
	/** The verdict on a response of this form. Fields are read as unknown: they come from storage. */
	grade(question: Client<QuestionOf<F>>, response: ResponseOf<F>): Verdict;
	/** The right answer as the article words it. */
	expected(question: Client<QuestionOf<F>>): string;
	/** A response in words, as a results list shows it. */
	describe(question: Client<QuestionOf<F>>, response: ResponseOf<F>): string;
	/** The response a new question starts from, when the form has one (an order, empty pairs). */
	initial(question: Client<QuestionOf<F>>): ResponseOf<F> | undefined;
	/** Whether a response is complete enough to be checked. */
	answerable(response: ResponseOf<F>): boolean;
	/** The response a key press gives ("1"–"4", "A"–"D", "T", "F"), if the form takes keys. */
	fromKey?(question: Client<QuestionOf<F>>, key: string): ResponseOf<F> | undefined;
	/** A response as it comes over a network from a player's phone, every field capped. */
	readonly wire: v.GenericSchema<unknown, ResponseOf<F>>;
	/** The review level a question asks at; undefined for questions review does not use. */
	levelOf(question: Client<QuestionOf<F>>): Level | undefined;
	/** The text a question is asked with: its statement, its sentence, or its prompt. */
	stem(question: Client<QuestionOf<F>>): string;
	/** The options a learner picks from, in the order shown, for forms answered by picking one. */
	choices?(question: Client<QuestionOf<F>>): string[] | undefined;
	/** A response as a class result code keeps it. */
	mark(
		question: Client<QuestionOf<F>>,
		response: ResponseOf<F> | undefined,
		verdict: Verdict | undefined
	): Mark;
	/** Whether a mark read back from a result code was right, as a score from 0 to 1. */
	markScore(question: Client<QuestionOf<F>>, mark: Mark): number;
	/** The question as a live game's player receives it: nothing that gives the answer away. */
	/** The question as a phone reads it from the live server (what `playerView` sends). */
	readonly playerWire: v.GenericSchema<unknown, Extract<PlayerQuestion, { form: F }>>;
	/** The question as a live game's player receives it: nothing that gives the answer away. */
	playerView(question: Client<QuestionOf<F>>, rng: Rng): Extract<PlayerQuestion, { form: F }>;
	/**
	 * A player's response in the grader's terms, or undefined when it does not fit the question
	 * (for an order, the items' keys become the facts they stand for).
	 */
	fromPlayer(question: Client<QuestionOf<F>>, response: ResponseOf<F>): ResponseOf<F> | undefined;
}

/** The usual mapping from a verdict to a rating: wrong Again, a typo Hard, otherwise Good. */
export function usualRating(verdict: { correct: boolean; match?: Match }): Rating {
	if (!verdict.correct) return 1;
	return verdict.match === 'typo' ? 2 : 3;
}

/** The mark of a response graded right or wrong as a whole (typed, numeric, cloze). */
export function wholeMark(response: unknown, verdict: Verdict | undefined): Mark {
	if (!response || !verdict) return { kind: 'blank' };
	return verdict.correct ? { kind: 'right' } : { kind: 'wrong' };
}

/** The mark of a response with partial credit (order, match). */
export function partialMark(response: unknown, verdict: Verdict | undefined): Mark {
	if (!response || !verdict) return { kind: 'blank' };
	return verdict.correct ? { kind: 'right' } : { kind: 'partial', score: verdict.score };
}

/** The score of a mark that says right, wrong or partly right. */
export function plainMarkScore(mark: Mark): number {
	if (mark.kind === 'right') return 1;
	if (mark.kind === 'partial') return mark.score;
	return 0;
}

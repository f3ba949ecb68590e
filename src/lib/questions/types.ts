import type { FactKind, QuestionForm } from '../content/schema.ts';

export type { QuestionForm };

/** What every question carries, whatever its form. */
interface QuestionBase {
	/**
	 * Stable, unique across articles: `<article>/<fact>:<form>[:<variant>]`, or for questions on
	 * several facts `<article>/<pair set or timeline>:<form>:<key>`, the key naming the facts held
	 * (see `groupQuestionId`).
	 */
	id: string;
	article: string;
	/** Ids of the facts (within `article`) the question tests; order and match test several. */
	facts: string[];
	/** Sections, kinds and tags of those facts: what decks select on. */
	sections: string[];
	kinds: FactKind[];
	tags: string[];
	/** Where the question's first fact sits in the article, for "article order" quizzes. */
	position: number;
	/** The question as shown to the learner. */
	prompt: string;
	/**
	 * Other facts (within `article`) whose answer this question shows, before or after it is
	 * answered; absent when none. Quizzes and review sessions keep such questions apart.
	 */
	reveals?: string[];
	/**
	 * Other facts quoted from the same sentence of the article as this question's own, which its
	 * explanation may state in other words; absent when none. Quizzes keep them apart when the
	 * deck has enough other questions.
	 */
	near?: string[];
}

export interface ChoiceQuestion extends QuestionBase {
	form: 'choice';
	options: string[];
	/** Index of the correct option. */
	answer: number;
}

export interface TrueFalseQuestion extends QuestionBase {
	form: 'true-false';
	/** The statement judged, as shown. */
	statement: string;
	answer: boolean;
	/** For a false statement made by a swap: the article's value and the one swapped in. */
	swap?: { from: string; to: string };
	/** For an authored false statement: what is true instead, the fact's own statement. */
	correction?: string;
}

/** The accepted answer of a typed question: the article's wording first, then aliases. */
export interface TypedAnswer {
	text: string;
	aliases: string[];
}

export interface TypedQuestion extends QuestionBase {
	form: 'typed';
	answer: TypedAnswer;
}

export interface NumericQuestion extends QuestionBase {
	form: 'numeric';
	answer: {
		/** As the article writes it ("1,000", "fivefold", "2013"). */
		text: string;
		value: number;
		tolerance: number;
		unit?: string;
		/** Other accepted writings ("five times"). */
		aliases: string[];
		/** A year: graded exactly, never as a quantity with a tolerance. */
		year: boolean;
	};
}

export interface OrderItem {
	fact: string;
	label: string;
	/** As the article writes it. */
	when: string;
	/** ISO partial date used for sorting. */
	date: string;
}

export interface OrderQuestion extends QuestionBase {
	form: 'order';
	/** Items in the order shown (shuffled); the answer is the fact ids sorted by date. */
	items: OrderItem[];
	answer: string[];
}

export interface MatchQuestion extends QuestionBase {
	form: 'match';
	set: string;
	/** Left items in the order shown. */
	left: string[];
	/** Right items in the order shown (shuffled independently). */
	right: string[];
	/** answer[i] is the index in `right` that matches left[i]. */
	answer: number[];
}

/** The accepted answer of a cloze: a typed answer, with its value when it is a number. */
export interface ClozeAnswer extends TypedAnswer {
	/** The number the blank holds, so "1000" fills a blank the article writes "1,000". */
	value?: number;
	/** What that number counts ("civilians", "dollars"), so "22 soldiers" does not fill it. */
	unit?: string;
}

export interface ClozeQuestion extends QuestionBase {
	form: 'cloze';
	/** The article's sentence before and after the blank. */
	before: string;
	after: string;
	answer: ClozeAnswer;
	/** Options to choose the blank from, for answers too long to type; absent when typed. */
	options?: string[];
}

export type Question =
	| ChoiceQuestion
	| TrueFalseQuestion
	| TypedQuestion
	| NumericQuestion
	| OrderQuestion
	| MatchQuestion
	| ClozeQuestion;

export type ChoiceResponse = { form: 'choice'; option: number };
export type TrueFalseResponse = { form: 'true-false'; value: boolean };
export type TypedResponse = { form: 'typed'; text: string };
export type NumericResponse = { form: 'numeric'; text: string };
export type OrderResponse = { form: 'order'; order: string[] };
export type MatchResponse = { form: 'match'; pairs: (number | null)[] };
export type ClozeResponse = { form: 'cloze'; text: string };

/** What a learner gave, by form. */
export type Response =
	| ChoiceResponse
	| TrueFalseResponse
	| TypedResponse
	| NumericResponse
	| OrderResponse
	| MatchResponse
	| ClozeResponse;

/** How an answer was accepted, when it was. */
export type Match = 'exact' | 'alias' | 'typo' | 'tolerance';

/** The grader's verdict and what to tell the learner. */
export interface Verdict {
	correct: boolean;
	/** 1 for right, 0 for wrong, in between for partly right order and match answers. */
	score: number;
	match?: Match;
	/** The right answer, as the article words it. */
	expected: string;
	/** One sentence for the learner, such as "Accepted: Beijing; the article writes Peking." */
	feedback: string;
}

/** A question as pages receive it: without the tags, kinds and sections only decks select on. */
export type Client<Q extends Question> = Omit<Q, 'tags' | 'kinds' | 'sections'>;

/** Any question as pages receive it (see Client). */
export type ClientQuestion = Question extends infer Q
	? Q extends Question
		? Client<Q>
		: never
	: never;

/** The question of a form. */
export type QuestionOf<F extends QuestionForm> = Extract<Question, { form: F }>;
/** The response to a question of a form. */
export type ResponseOf<F extends QuestionForm> = Extract<Response, { form: F }>;

/** A response without its form tag, as stored: the form is known from the question id. */
export type ResponseValue = number | boolean | string | string[] | (number | null)[];

/**
 * A question as a live game's player receives it before the reveal: nothing that gives the answer
 * away, no question id (a true/false id ends in its answer), no fact ids, no timeline dates.
 */
export type PlayerQuestion =
	| { form: 'choice'; prompt: string; options: string[] }
	| { form: 'true-false'; prompt: string; statement: string }
	| { form: 'typed'; prompt: string }
	| { form: 'numeric'; prompt: string }
	/** Items in a fresh order; `key` stands for the item, so the order given names no fact. */
	| { form: 'order'; prompt: string; items: { key: string; label: string }[] }
	| { form: 'match'; prompt: string; left: string[]; right: string[] }
	| { form: 'cloze'; prompt: string; before: string; after: string; options?: string[] };

/** An FSRS rating: Again, Hard, Good, Easy. */
export type Rating = 1 | 2 | 3 | 4;

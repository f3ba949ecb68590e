import * as v from 'valibot';
import { FACT_KINDS, QUESTION_FORMS, type QuestionForm } from './kinds.ts';

export { FACT_KINDS, QUESTION_FORMS };

/** Lower-case words joined by single hyphens: the shape of every authored id. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A year, a year and month, or a full date (ISO 8601 calendar date, reduced precision allowed). */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const Slug = v.pipe(
	v.string(),
	v.regex(SLUG, 'must be a slug: lower-case words joined by hyphens')
);
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** A partial ISO date; YAML reads a bare year (`date: 2021`) as a number, so that is accepted too. */
const IsoDate = v.pipe(
	v.union(
		[v.string(), v.pipe(v.number(), v.integer())],
		'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'
	),
	v.transform(String),
	v.regex(PARTIAL_DATE, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
);
const ParagraphId = v.pipe(
	v.string(),
	v.regex(/^p\d+[a-z]?$/, 'must be a paragraph id such as p12')
);

/** The answer a fact asks for, with what a grader and a distractor builder need. */
export const AnswerSchema = v.strictObject({
	text: Text,
	aliases: v.optional(v.array(Text), []),
	value: v.optional(v.pipe(v.number(), v.finite('must be a finite number'))),
	unit: v.optional(Text),
	tolerance: v.optional(v.pipe(v.number(), v.minValue(0, 'must be 0 or more')), 0),
	date: v.optional(IsoDate),
	/** Narrows the distractor pool within a kind: city, country, armed-group, company, ... */
	category: v.optional(Slug),
	distractors: v.optional(v.array(Text), [])
});

/** Two sides of a matching pair; pairs of the same set make one match question. */
export const PairSchema = v.strictObject({ set: Slug, left: Text, right: Text });

const factEntries = {
	id: Slug,
	kind: v.picklist(FACT_KINDS, `must be one of: ${FACT_KINDS.join(', ')}`),
	prompt: Text,
	statement: Text,
	/** A false statement written by the author, used instead of one made by swapping the answer. */
	falseStatement: v.optional(Text),
	answer: AnswerSchema,
	quote: Text,
	paragraph: ParagraphId,
	attribution: Text,
	tags: v.array(Slug),
	note: v.optional(Text),
	timeline: v.optional(Text),
	pair: v.optional(PairSchema),
	/** Other facts of the article whose questions answer this one's in words no check sees. */
	apart: v.optional(v.array(Slug))
};

/** One checkable claim of an article, as authored in facts.yaml and published in its decks. */
export const PublishedFactSchema = v.strictObject({
	...factEntries,
	draft: v.optional(v.literal(false))
});

/**
 * A candidate fact not yet accepted by an author (`draft: true`): it needs only its quote,
 * paragraph, kind and answer, is checked against the article like any fact, and stays out of decks.
 */
export const DraftFactSchema = v.strictObject({
	...factEntries,
	draft: v.literal(true),
	prompt: v.optional(Text),
	statement: v.optional(Text),
	attribution: v.optional(Text),
	tags: v.optional(v.array(Slug), [])
});

/** A fact as facts.yaml holds it: published, or a draft (`draft: true`). */
export const FactSchema = v.variant(
	'draft',
	[PublishedFactSchema, DraftFactSchema],
	'must be true for a draft fact, or left out once the fact is published'
);

export const FactsFileSchema = v.array(FactSchema);

/** The front matter of article.md. */
export const ArticleMetaSchema = v.strictObject({
	title: Text,
	/** A few words naming the article beside a deck's title, where several articles' decks meet. */
	short: v.optional(Text),
	language: v.pipe(
		v.string(),
		v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en')
	),
	source: Text,
	author: v.optional(Text),
	date: v.optional(IsoDate),
	/** The terms the text is published under, such as `CC BY-SA 4.0` or `public domain`. */
	licence: v.optional(Text)
});

/** Which questions a deck takes: every listed criterion must hold (an empty list means any). */
export const DeckSelectSchema = v.strictObject({
	tags: v.optional(v.array(Slug), []),
	kinds: v.optional(v.array(v.picklist(FACT_KINDS)), []),
	sections: v.optional(v.array(Slug), []),
	forms: v.optional(v.array(v.picklist(QUESTION_FORMS)), [])
});

/** A deck, as authored in decks.yaml. */
export const DeckSchema = v.strictObject({
	id: Slug,
	title: Text,
	description: Text,
	select: v.optional(DeckSelectSchema, {})
});

export const DecksFileSchema = v.array(DeckSchema);

/**
 * One list of an article's distractors.yaml: wrong options for the questions on facts of a kind
 * (and category), offered after the article's own answers of that kind.
 */
export const DistractorListSchema = v.strictObject({
	kind: v.picklist(FACT_KINDS, `must be one of: ${FACT_KINDS.join(', ')}`),
	category: v.optional(Slug),
	options: v.pipe(v.array(Text), v.minLength(1, 'must list at least one option'))
});

/** A paragraph deliberately left without a fact, and why (uncovered.yaml). */
export const UncoveredSchema = v.strictObject({
	paragraph: ParagraphId,
	reason: Text
});

// What the build serves, as pages and tools read it back: a deck's JSON file, the review's bank,
// the live status. Loose objects: a field the schema does not name passes through untouched.

const Strings = v.array(v.string());

/** A fact as pages see it (`FactView` in questions/library.ts). */
export const FactViewSchema = v.looseObject({
	id: v.string(),
	article: v.string(),
	kind: v.picklist(FACT_KINDS),
	statement: v.string(),
	answer: v.string(),
	quote: v.string(),
	paragraph: v.string(),
	attribution: v.string(),
	tags: Strings,
	note: v.optional(v.string())
});

const questionBase = {
	id: v.string(),
	article: v.string(),
	facts: Strings,
	position: v.number(),
	prompt: v.string(),
	reveals: v.optional(Strings),
	near: v.optional(Strings)
};

const TypedAnswerSchema = v.looseObject({ text: v.string(), aliases: Strings });

/** Each form's question as pages receive it (`ClientQuestion` in questions/types.ts): one per form. */
const CLIENT_QUESTIONS = {
	choice: v.looseObject({
		...questionBase,
		form: v.literal('choice'),
		options: Strings,
		answer: v.number()
	}),
	'true-false': v.looseObject({
		...questionBase,
		form: v.literal('true-false'),
		statement: v.string(),
		answer: v.boolean(),
		swap: v.optional(v.looseObject({ from: v.string(), to: v.string() })),
		correction: v.optional(v.string())
	}),
	typed: v.looseObject({ ...questionBase, form: v.literal('typed'), answer: TypedAnswerSchema }),
	numeric: v.looseObject({
		...questionBase,
		form: v.literal('numeric'),
		answer: v.looseObject({
			text: v.string(),
			value: v.number(),
			tolerance: v.number(),
			unit: v.optional(v.string()),
			aliases: Strings,
			year: v.boolean()
		})
	}),
	order: v.looseObject({
		...questionBase,
		form: v.literal('order'),
		items: v.array(
			v.looseObject({ fact: v.string(), label: v.string(), when: v.string(), date: v.string() })
		),
		answer: Strings
	}),
	match: v.looseObject({
		...questionBase,
		form: v.literal('match'),
		set: v.string(),
		left: Strings,
		right: Strings,
		answer: v.array(v.number())
	}),
	cloze: v.looseObject({
		...questionBase,
		form: v.literal('cloze'),
		before: v.string(),
		after: v.string(),
		answer: v.looseObject({
			...TypedAnswerSchema.entries,
			value: v.optional(v.number()),
			unit: v.optional(v.string())
		}),
		options: v.optional(Strings)
	})
} satisfies Record<QuestionForm, v.GenericSchema>;

/** A question of any form, as a deck's file or the bank holds it. */
export const ClientQuestionSchema = v.variant('form', Object.values(CLIENT_QUESTIONS));

/** A deck's JSON file (`/api/decks/<article>/<deck>.json`), and the envelope factdeck's JSON export shares. */
export const DeckFileSchema = v.object({
	format: v.literal('factdeck-deck'),
	version: v.literal(1),
	deck: v.looseObject({ key: v.string(), title: v.string() }),
	questions: v.array(ClientQuestionSchema),
	facts: v.array(FactViewSchema)
});

/** `/api/bank.json`: every question and fact of every article, and the facts in article order. */
export const BankFileSchema = v.object({
	format: v.literal('factdeck-bank'),
	version: v.literal(1),
	questions: v.array(ClientQuestionSchema),
	facts: v.array(FactViewSchema),
	order: Strings
});

/** `/live/status.json`: whether a live server answers here. */
export const LiveStatusSchema = v.object({ live: v.boolean() });

export type { FactKind, QuestionForm } from './kinds.ts';
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Pair = v.InferOutput<typeof PairSchema>;
/** A published fact: what banks, decks and pages see. */
export type Fact = v.InferOutput<typeof PublishedFactSchema>;
/** A drafted fact, left out of decks until an author publishes it. */
export type DraftFact = v.InferOutput<typeof DraftFactSchema>;
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
export type DeckSelect = v.InferOutput<typeof DeckSelectSchema>;
export type DeckSpec = v.InferOutput<typeof DeckSchema>;
export type Uncovered = v.InferOutput<typeof UncoveredSchema>;
/** An article's own wrong options, by `kind` or `kind/category`: its distractors.yaml. */
export type DistractorLists = Record<string, string[]>;

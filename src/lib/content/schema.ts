import * as v from 'valibot';
import { FACT_KINDS, QUESTION_FORMS } from './kinds.ts';

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

/** The answer a fact asks for, with what a grader and a distractor builder need. */
export const AnswerSchema = v.strictObject({
	text: Text,
	aliases: v.optional(v.array(Text), []),
	value: v.optional(v.pipe(v.number(), v.finite())),
	unit: v.optional(Text),
	tolerance: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
	date: v.optional(
		v.pipe(v.string(), v.regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))
	),
	/** Narrows the distractor pool within a kind: city, country, armed-group, company, ... */
	category: v.optional(Slug),
	distractors: v.optional(v.array(Text), [])
});

/** Two sides of a matching pair; pairs of the same set make one match question. */
export const PairSchema = v.strictObject({ set: Slug, left: Text, right: Text });

/** One checkable claim of an article, as authored in facts.yaml. */
export const FactSchema = v.strictObject({
	id: Slug,
	kind: v.picklist(FACT_KINDS, `must be one of: ${FACT_KINDS.join(', ')}`),
	prompt: Text,
	statement: Text,
	answer: AnswerSchema,
	quote: Text,
	paragraph: v.pipe(v.string(), v.regex(/^p\d+[a-z]?$/, 'must be a paragraph id such as p12')),
	attribution: Text,
	tags: v.array(Slug),
	note: v.optional(Text),
	timeline: v.optional(Text),
	pair: v.optional(PairSchema)
});

export const FactsFileSchema = v.array(FactSchema);

/** The front matter of article.md. */
export const ArticleMetaSchema = v.strictObject({
	title: Text,
	language: v.pipe(
		v.string(),
		v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en')
	),
	source: Text
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

/** A paragraph deliberately left without a fact, and why (uncovered.yaml). */
export const UncoveredSchema = v.strictObject({
	paragraph: v.pipe(v.string(), v.regex(/^p\d+[a-z]?$/, 'must be a paragraph id such as p12')),
	reason: Text
});

export type { FactKind, QuestionForm } from './kinds.ts';
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Pair = v.InferOutput<typeof PairSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
export type DeckSelect = v.InferOutput<typeof DeckSelectSchema>;
export type DeckSpec = v.InferOutput<typeof DeckSchema>;
export type Uncovered = v.InferOutput<typeof UncoveredSchema>;

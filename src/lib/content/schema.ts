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

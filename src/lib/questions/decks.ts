import type { ArticleContent } from '../content/corpus.ts';
import { QUESTION_FORMS } from '../content/kinds.ts';
import { deckKey } from '../ids.ts';
import type { DeckSelect, DeckSpec } from '../content/schema.ts';
import type { Bank } from './bank.ts';
import type { Question, QuestionForm } from './types.ts';

/** A deck: an authored selection of an article's questions. */
export interface Deck {
	/** `<article>/<deck>`: unique across articles. */
	key: string;
	id: string;
	article: string;
	/** The article's short name (its title when it has none): says whose deck this is. */
	articleName: string;
	title: string;
	description: string;
	/** Question ids, in bank order. */
	questions: string[];
}

/** A deck named with its article, for every place decks of several articles meet: "Timeline (The Danube)". */
export function deckName(deck: { title: string; articleName: string }): string {
	return `${deck.title} (${deck.articleName})`;
}

// Loops rather than callbacks: `selects` runs for every deck and question, and a callback made
// anew each time was most of what building decks allocated.
/** Whether nothing is wanted, or one of `have` is. */
function any(wanted: readonly string[], have: readonly string[]): boolean {
	if (wanted.length === 0) return true;
	for (const value of have) if (wanted.includes(value)) return true;
	return false;
}

/** Whether nothing is wanted, or every one of `have` is. */
function all(wanted: readonly string[], have: readonly string[]): boolean {
	if (wanted.length === 0) return true;
	for (const value of have) if (!wanted.includes(value)) return false;
	return true;
}

/**
 * Whether a deck's selection takes a question: any listed tag and form; every section and kind
 * of the question among those listed (so a section deck never pulls in another section's facts).
 */
export function selects(select: DeckSelect, question: Question): boolean {
	return (
		any(select.tags, question.tags) &&
		(select.forms.length === 0 || select.forms.includes(question.form)) &&
		all(select.sections, question.sections) &&
		all(select.kinds, question.kinds)
	);
}

/**
 * Whether a deck is made of one section: it selects that section alone and narrows it no further
 * (no tag, kind or form), so it holds every question on the section's facts.
 */
export function isSectionDeck(select: DeckSelect, section: string): boolean {
	return (
		select.sections.length === 1 &&
		select.sections[0] === section &&
		select.tags.length === 0 &&
		select.kinds.length === 0 &&
		select.forms.length === 0
	);
}

/** The first deck made of a section (see isSectionDeck), whatever its id, if there is one. */
export function sectionDeck<D extends Pick<DeckSpec, 'select'>>(
	decks: readonly D[],
	section: string
): D | undefined {
	return decks.find((deck) => isSectionDeck(deck.select, section));
}

/** Every deck of an article, each with the ids of the questions it selects. */
export function buildDecks(content: ArticleContent, bank: Bank): Deck[] {
	return content.decks.map((spec) => ({
		key: deckKey(content.article.id, spec.id),
		id: spec.id,
		article: content.article.id,
		articleName: content.article.short ?? content.article.title,
		title: spec.title,
		description: spec.description,
		questions: bank.questions.filter((q) => selects(spec.select, q)).map((q) => q.id)
	}));
}

/** How many questions of each form a list holds, every form listed. */
export function countByForm(questions: readonly Question[]): Record<QuestionForm, number> {
	const counts = Object.fromEntries(QUESTION_FORMS.map((form) => [form, 0])) as Record<
		QuestionForm,
		number
	>;
	for (const question of questions) counts[question.form]++;
	return counts;
}

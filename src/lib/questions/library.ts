import type { ArticleContent, Corpus } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { buildBank, type Bank } from './bank.ts';
import { buildDecks, type Deck } from './decks.ts';
import type { ClientQuestion, Question } from './types.ts';
import { factKey, type FactKey } from '../ids.ts';

/** What a page needs of a fact to explain an answer: the article's own sentence and where it is. */
export interface FactView {
	id: string;
	article: string;
	kind: Fact['kind'];
	statement: string;
	answer: string;
	quote: string;
	paragraph: string;
	attribution: string;
	/** The fact's own tags, as authored: exports carry them (Anki tags). */
	tags: string[];
	note?: string;
}

/** One article with everything built from it. */
export interface ArticleBuild {
	content: ArticleContent;
	bank: Bank;
	decks: Deck[];
}

/** Every article's bank and decks, with lookups by key. */
export interface Library {
	articles: ArticleBuild[];
	deck(key: string): Deck | undefined;
	question(id: string): Question | undefined;
	fact(article: string, id: string): Fact | undefined;
}

/** The learner-facing view of a fact. */
export function factView(article: string, fact: Fact): FactView {
	return {
		id: fact.id,
		article,
		kind: fact.kind,
		statement: fact.statement,
		answer: fact.answer.text,
		quote: fact.quote,
		paragraph: fact.paragraph,
		attribution: fact.attribution,
		tags: fact.tags,
		...(fact.note ? { note: fact.note } : {})
	};
}

/** Builds the bank and decks of every article in the corpus. */
export function buildLibrary(corpus: Corpus): Library {
	const articles = corpus.articles.map((content) => {
		const bank = buildBank(content);
		return { content, bank, decks: buildDecks(content, bank) };
	});
	const decks = new Map(articles.flatMap((a) => a.decks.map((deck) => [deck.key, deck] as const)));
	const questions = new Map(
		articles.flatMap((a) => a.bank.questions.map((q) => [q.id, q] as const))
	);
	const facts = new Map(
		articles.flatMap((a) =>
			a.content.facts.map((fact) => [factKey(a.content.article.id, fact.id), fact] as const)
		)
	);
	return {
		articles,
		deck: (key) => decks.get(key),
		question: (id) => questions.get(id),
		fact: (article, id) => facts.get(factKey(article, id))
	};
}

/** A deck with its questions and the facts that explain them: what pages and exports ship. */
export interface DeckBundle {
	deck: Deck;
	questions: Question[];
	facts: FactView[];
}

/** Gathers a deck's questions and facts from the library. */
export function deckBundle(library: Library, deck: Deck): DeckBundle {
	const questions = deck.questions.map((id) => library.question(id)!);
	const factIds = [...new Set(questions.flatMap((q) => q.facts))];
	return {
		deck,
		questions,
		facts: factIds.map((id) => factView(deck.article, library.fact(deck.article, id)!))
	};
}

/** A deck's JSON file, as `/api/decks/<article>/<deck>.json` serves it and the live server reads it. */
export function deckFile(library: Library, deck: Deck) {
	return { format: 'factdeck-deck' as const, version: 1 as const, ...deckBundle(library, deck) };
}

/** A deck's questions and the facts they rest on, as pages and exports read its JSON file. */
export interface DeckFile {
	questions: ClientQuestion[];
	facts: FactView[];
}

/** `/api/bank.json` as the review reads it: every question and fact, and the facts in article order. */
export interface BankFile extends DeckFile {
	order: FactKey[];
}

/** Drops what only building decks needs, so pages and exports carry less data. */
export function clientDeck(bundle: DeckBundle): DeckFile {
	return {
		questions: bundle.questions.map(({ tags: _t, kinds: _k, sections: _s, ...rest }) => rest),
		facts: bundle.facts
	};
}

/**
 * `/api/bank.json`: every question of every article with the facts behind them, and every fact
 * in article order: what the review queue draws from.
 */
export function bankFile(library: Library): BankFile & { format: 'factdeck-bank'; version: 1 } {
	const bundles = library.articles.map(({ bank, content }) =>
		clientDeck(
			deckBundle(library, {
				key: `${content.article.id}/*`,
				id: '*',
				article: content.article.id,
				articleName: content.article.short ?? content.article.title,
				title: content.article.title,
				description: '',
				questions: bank.questions.map((q) => q.id)
			})
		)
	);
	return {
		format: 'factdeck-bank' as const,
		version: 1 as const,
		questions: bundles.flatMap((b) => b.questions),
		facts: bundles.flatMap((b) => b.facts),
		order: library.articles.flatMap(({ content }) =>
			content.facts.map((fact) => factKey(content.article.id, fact.id))
		)
	};
}

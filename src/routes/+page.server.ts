import { deckName } from '$lib/questions/decks.ts';
import { getLibrary } from '$lib/server/content';

export function load() {
	return {
		articles: getLibrary().articles.map(({ content, bank, decks }) => ({
			id: content.article.id,
			title: content.article.title,
			facts: content.facts.length,
			questions: bank.questions.length,
			decks: decks.map((deck) => ({
				key: deck.key,
				id: deck.id,
				article: deck.article,
				title: deck.title,
				name: deckName(deck),
				description: deck.description,
				size: deck.questions.length
			}))
		}))
	};
}

import { deckName } from '$lib/questions/decks.ts';
import { getLibrary } from '$lib/server/content';

/** What the progress page needs to place each answer: facts by section and kind, decks' facts. */
export function load() {
	return {
		articles: getLibrary().articles.map(({ content, decks, bank }) => ({
			id: content.article.id,
			title: content.article.title,
			sections: content.article.sections.map((section) => ({
				id: section.id,
				title: section.title,
				facts: content.facts
					.filter((fact) => section.paragraphs.some((p) => p.id === fact.paragraph))
					.map((fact) => fact.id)
			})),
			kinds: Object.fromEntries(content.facts.map((fact) => [fact.id, fact.kind])),
			decks: decks.map((deck) => ({
				key: deck.key,
				title: deck.title,
				name: deckName(deck),
				facts: [
					...new Set(
						deck.questions.flatMap((id) => bank.questions.find((q) => q.id === id)?.facts ?? [])
					)
				]
			}))
		}))
	};
}

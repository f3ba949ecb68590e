import { getLibrary } from '$lib/server/content';

export function load() {
	return {
		articles: getLibrary().articles.map(({ content, bank, decks }) => ({
			id: content.article.id,
			title: content.article.title,
			facts: content.facts.length,
			questions: bank.questions.length,
			decks: decks.map(({ key, id, article, title, description, questions }) => ({
				key,
				id,
				article,
				title,
				description,
				size: questions.length
			}))
		}))
	};
}

import { articles } from '$lib/server/content';

export function load() {
	return {
		articles: articles().map(({ article, facts, decks }) => ({
			id: article.id,
			title: article.title,
			facts: facts.length,
			decks: decks.map(({ id, title, description }) => ({ id, title, description }))
		}))
	};
}

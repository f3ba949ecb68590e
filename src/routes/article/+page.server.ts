import { getLibrary } from '$lib/server/content';

export function load() {
	return {
		articles: getLibrary().articles.map(({ content }) => ({
			id: content.article.id,
			title: content.article.title,
			source: content.article.source,
			sections: content.article.sections.map((s) => s.title),
			facts: content.facts.length
		}))
	};
}

import corpus from 'virtual:factdeck/content';
import type { ArticleContent } from '$lib/content/corpus.ts';

/** Every article folder, validated at build time by the content plugin. */
export function articles(): ArticleContent[] {
	return corpus.articles;
}

/** One article folder by id, or undefined. */
export function findArticle(id: string): ArticleContent | undefined {
	return corpus.articles.find((content) => content.article.id === id);
}

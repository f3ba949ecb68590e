import { json } from '@sveltejs/kit';
import { clientDeck, deckBundle } from '$lib/questions/library.ts';
import { getLibrary } from '$lib/server/content';
import { factKey } from '$lib/ids.ts';

export const prerender = true;

/**
 * Every question of every article with the facts behind them, and every fact in article order:
 * what the review queue draws from.
 */
export function GET() {
	const library = getLibrary();
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
	return json({
		format: 'factdeck-bank',
		version: 1,
		questions: bundles.flatMap((b) => b.questions),
		facts: bundles.flatMap((b) => b.facts),
		order: library.articles.flatMap(({ content }) =>
			content.facts.map((fact) => factKey(content.article.id, fact.id))
		)
	});
}

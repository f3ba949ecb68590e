import { error } from '@sveltejs/kit';
import { countByForm, deckName } from '$lib/questions/decks.ts';
import { getLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { deckKey, factKey } from '$lib/ids.ts';

export const entries: EntryGenerator = () =>
	getLibrary().articles.flatMap((a) => a.decks.map((d) => ({ article: d.article, deck: d.id })));

export const load: PageServerLoad = ({ params }) => {
	const library = getLibrary();
	const deck = library.deck(deckKey(params.article, params.deck));
	if (!deck) error(404, 'No such deck');
	const questions = deck.questions.map((id) => library.question(id)!);
	const build = library.articles.find((a) => a.content.article.id === deck.article)!;
	return {
		deck: {
			key: deck.key,
			id: deck.id,
			article: deck.article,
			title: deck.title,
			name: deckName(deck),
			description: deck.description
		},
		articleTitle: build.content.article.title,
		size: questions.length,
		facts: new Set(questions.flatMap((q) => q.facts)).size,
		factKeys: [...new Set(questions.flatMap((q) => q.facts.map((f) => factKey(q.article, f))))],
		byForm: countByForm(questions)
	};
};

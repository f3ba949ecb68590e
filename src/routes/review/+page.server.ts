import { deckName } from '$lib/questions/decks.ts';
import { getLibrary } from '$lib/server/content';

/** The decks a learner can cram, by key and name (with their article's). */
export function load() {
	return {
		decks: getLibrary().articles.flatMap(({ decks }) =>
			decks.map((deck) => ({
				key: deck.key,
				name: deckName(deck),
				article: deck.article,
				id: deck.id
			}))
		)
	};
}

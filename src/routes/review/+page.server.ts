import { getLibrary } from '$lib/server/content';

/** The decks a learner can cram, by key and title. */
export function load() {
	return {
		decks: getLibrary().articles.flatMap(({ decks }) =>
			decks.map(({ key, title, article, id }) => ({ key, title, article, id }))
		)
	};
}

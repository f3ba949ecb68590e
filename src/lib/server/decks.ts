import { getLibrary } from './content';

/** Every deck as class pages need it: key, article, id and title. */
export function deckRefs() {
	return getLibrary().articles.flatMap(({ decks }) =>
		decks.map(({ key, article, id, title }) => ({ key, article, id, title }))
	);
}

import { taggedDecks } from '$lib/classroom/class-code.ts';
import { editionOf } from '$lib/classroom/editions.ts';
import { deckName } from '$lib/questions/decks.ts';
import type { Library } from '$lib/questions/library.ts';
import type { ClassDeck } from '$lib/classroom/class-code.ts';
import { getLibrary } from './content';

const classDecksOf = new WeakMap<Library, ClassDeck[]>();

/** Every deck as class pages need it, worked out once per library. */
export function classDecks(): ClassDeck[] {
	const library = getLibrary();
	let refs = classDecksOf.get(library);
	if (!refs) {
		refs = taggedDecks(
			library.articles.flatMap(({ decks }) =>
				decks.map((deck) => ({
					key: deck.key,
					article: deck.article,
					id: deck.id,
					title: deck.title,
					name: deckName(deck),
					edition: editionOf(library, deck)
				}))
			)
		);
		classDecksOf.set(library, refs);
	}
	return refs;
}

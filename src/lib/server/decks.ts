import { taggedDecks } from '$lib/classroom/class-code.ts';
import { editionOf } from '$lib/classroom/editions.ts';
import { deckName } from '$lib/questions/decks.ts';
import type { Library } from '$lib/questions/library.ts';
import type { DeckRef } from '$lib/classroom/class-code.ts';
import { getLibrary } from './content';

const refsOf = new WeakMap<Library, DeckRef[]>();

/** Every deck as class pages need it, worked out once per library. */
export function deckRefs(): DeckRef[] {
	const library = getLibrary();
	let refs = refsOf.get(library);
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
		refsOf.set(library, refs);
	}
	return refs;
}

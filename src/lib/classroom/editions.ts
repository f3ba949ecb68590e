import { deckBundle, type Library } from '../questions/library.ts';
import type { Deck } from '../questions/decks.ts';
import { deckEdition, taggedDecks, type CodedDeck } from './class-code.ts';

/** A deck's edition as its JSON file would give it: what its class codes carry. */
export function editionOf(library: Library, deck: Deck): string {
	return deckEdition(deckBundle(library, deck).questions);
}

/** Every deck of a library, by key, present edition and tag: what a class code is read against. */
export function codedDecks(library: Library): CodedDeck[] {
	return taggedDecks(
		library.articles.flatMap((a) =>
			a.decks.map((deck) => ({ key: deck.key, edition: editionOf(library, deck) }))
		)
	);
}

import { resolve } from '$app/paths';
import type { FactView } from '$lib/questions/library.ts';
import type { ClientQuestion } from '$lib/questions/types.ts';

/** A deck's questions and the facts they rest on, as its prerendered JSON file holds them. */
export interface DeckFile {
	questions: ClientQuestion[];
	facts: FactView[];
}

/** Fetches a deck's JSON file (`/api/decks/<article>/<deck>.json`); a failed fetch throws. */
export async function fetchDeck(deck: { article: string; id: string }): Promise<DeckFile> {
	const response = await fetch(
		resolve('/api/decks/[article]/[deck].json', { article: deck.article, deck: deck.id })
	);
	if (!response.ok) throw new Error(`The deck could not be loaded (${response.status}).`);
	// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- this build wrote the file from deckFile() in src/lib/questions/library.ts.
	return response.json();
}

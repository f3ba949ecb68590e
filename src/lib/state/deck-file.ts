import { resolve } from '$app/paths';
import type { FactView } from '$lib/questions/library.ts';
import type { ClientQuestion } from '$lib/questions/types.ts';
import { fetchJson } from './fetch-json.ts';
import type { Bank } from './review.svelte.ts';

/** A deck's questions and the facts they rest on, as its prerendered JSON file holds them. */
export interface DeckFile {
	questions: ClientQuestion[];
	facts: FactView[];
}

/** Fetches a deck's JSON file (`/api/decks/<article>/<deck>.json`), checked against its schema. */
export function fetchDeck(deck: {
	article: string;
	id: string;
}): Promise<DeckFile | { error: string }> {
	return fetchJson(
		resolve('/api/decks/[article]/[deck].json', { article: deck.article, deck: deck.id }),
		'The questions of this deck',
		(schemas) => schemas.DeckFileSchema
	);
}

/** Fetches the review's bank (`/api/bank.json`), checked against its schema. */
export function fetchBank(): Promise<Bank | { error: string }> {
	return fetchJson(resolve('/api/bank.json'), 'The questions', (schemas) => schemas.BankFileSchema);
}

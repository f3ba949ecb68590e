import { resolve } from '$app/paths';
import type { BankFile, DeckFile } from '$lib/questions/library.ts';
import { fetchJson } from './fetch-json.ts';

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
export function fetchBank(): Promise<BankFile | { error: string }> {
	return fetchJson(resolve('/api/bank.json'), 'The questions', (schemas) => schemas.BankFileSchema);
}

import { deckRefs } from '$lib/server/decks';

export function load() {
	return { decks: deckRefs() };
}

import { classDecks } from '$lib/server/decks';

export function load() {
	return { decks: classDecks() };
}

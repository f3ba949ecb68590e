import { error } from '@sveltejs/kit';
import { getLibrary } from '$lib/server/content';
import { classDecks } from '$lib/server/decks';
import type { EntryGenerator, PageServerLoad } from './$types';
import { deckKey } from '$lib/ids.ts';
import { deckName } from '$lib/questions/decks.ts';

export const entries: EntryGenerator = () =>
	getLibrary().articles.flatMap((a) => a.decks.map((d) => ({ article: d.article, deck: d.id })));

// The questions come from the deck's JSON file after the page loads, so the page stays light.
export const load: PageServerLoad = ({ params }) => {
	const deck = getLibrary().deck(deckKey(params.article, params.deck));
	if (!deck) error(404, 'No such deck');
	return {
		deck: { key: deck.key, id: deck.id, article: deck.article, name: deckName(deck) },
		// Class codes name their deck by a tag: reading one needs every deck's key and tag.
		codedDecks: classDecks().map(({ key, tag }) => ({ key, tag }))
	};
};

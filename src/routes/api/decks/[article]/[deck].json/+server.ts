import { error, json } from '@sveltejs/kit';
import { deckFile } from '$lib/questions/library.ts';
import { getLibrary } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';
import { deckKey } from '$lib/ids.ts';

export const prerender = true;

/** Every deck, so each is prerendered as a JSON file other tools can fetch. */
export const entries: EntryGenerator = () =>
	getLibrary().articles.flatMap((a) => a.decks.map((d) => ({ article: d.article, deck: d.id })));

export const GET: RequestHandler = ({ params }) => {
	const deck = getLibrary().deck(deckKey(params.article, params.deck));
	if (!deck) error(404, 'No such deck');
	return json(deckFile(getLibrary(), deck));
};

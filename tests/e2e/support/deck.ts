import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import * as v from 'valibot';
import { DeckFileSchema } from '../../../src/lib/content/schema.ts';
import type { FactView } from '../../../src/lib/questions/library.ts';
import type { ClientQuestion } from '../../../src/lib/questions/types.ts';

/** A deck's questions and facts as the built site serves them, read from its JSON file in build/. */
export function builtDeck(deck: string): { questions: ClientQuestion[]; facts: FactView[] } {
	const [article, id] = deck.split('/');
	const text = readFileSync(`build/api/decks/${article}/${id}.json`, 'utf8');
	return v.parse(DeckFileSchema, JSON.parse(text));
}

/** A deck's JSON file (`deck` is `<article>/<deck>`), fetched from the site under test and checked. */
export async function servedDeck(request: APIRequestContext, deck: string) {
	const response = await request.get(`/api/decks/${deck}.json`);
	return v.parse(DeckFileSchema, await response.json());
}

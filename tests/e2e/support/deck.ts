import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import * as v from 'valibot';
import { DeckFileSchema } from '../../../src/lib/content/schema.ts';
import type { FactView } from '../../../src/lib/questions/library.ts';
import type { ClientQuestion } from '../../../src/lib/questions/types.ts';

/** A deck's questions and facts as the built site serves them, read from its JSON file in build/. */
export function builtDeck(deck: string): { questions: ClientQuestion[]; facts: FactView[] } {
	const [article, id] = deck.split('/');
	const served: unknown = JSON.parse(readFileSync(`build/api/decks/${article}/${id}.json`, 'utf8'));
	// Checked, not parsed into a copy: a class code's edition is the questions' JSON as written.
	v.assert(DeckFileSchema, served);
	return served;
}

/** A deck's JSON file (`deck` is `<article>/<deck>`), fetched from the site under test and checked. */
export async function servedDeck(request: APIRequestContext, deck: string) {
	const response = await request.get(`/api/decks/${deck}.json`);
	const served: unknown = await response.json();
	v.assert(DeckFileSchema, served);
	return served;
}

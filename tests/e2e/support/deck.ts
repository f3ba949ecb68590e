import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import * as v from 'valibot';
import { DeckFileSchema } from '../../../src/lib/export/json.ts';
import type { FactView } from '../../../src/lib/questions/library.ts';
import type { ClientQuestion } from '../../../src/lib/questions/types.ts';

/** A deck's questions and facts as the built site serves them, read from its JSON file in build/. */
export function builtDeck(deck: string): { questions: ClientQuestion[]; facts: FactView[] } {
	const [article, id] = deck.split('/');
	// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the build wrote this file with deckFile() in src/lib/questions/library.ts, as fetchDeck trusts it too.
	return JSON.parse(readFileSync(`build/api/decks/${article}/${id}.json`, 'utf8'));
}

/** A deck's JSON file as the site serves it: its envelope, and what tests read of its questions and facts. */
const ServedDeckSchema = v.object({
	...DeckFileSchema.entries,
	questions: v.array(
		v.looseObject({
			...DeckFileSchema.entries.questions.item.entries,
			prompt: v.string(),
			statement: v.optional(v.string()),
			facts: v.array(v.string())
		})
	),
	facts: v.array(
		v.looseObject({ ...DeckFileSchema.entries.facts.item.entries, paragraph: v.string() })
	)
});

/** A deck's JSON file (`deck` is `<article>/<deck>`), fetched from the site under test and checked. */
export async function servedDeck(request: APIRequestContext, deck: string) {
	const response = await request.get(`/api/decks/${deck}.json`);
	return v.parse(ServedDeckSchema, await response.json());
}

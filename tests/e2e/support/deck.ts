import { readFileSync } from 'node:fs';
import type { FactView } from '../../../src/lib/questions/library.ts';
import type { ClientQuestion } from '../../../src/lib/questions/types.ts';

/** A deck's questions and facts as the built site serves them, read from its JSON file in build/. */
export function builtDeck(deck: string): { questions: ClientQuestion[]; facts: FactView[] } {
	const [article, id] = deck.split('/');
	return JSON.parse(readFileSync(`build/api/decks/${article}/${id}.json`, 'utf8'));
}

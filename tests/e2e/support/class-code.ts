import {
	deckEdition,
	encodeClassCode,
	taggedDecks,
	type ClassQuiz
} from '../../../src/lib/classroom/class-code.ts';
import { readdirSync } from 'node:fs';
import { builtDeck } from './deck.ts';

/** The edition of a deck as the built site serves it, read from its JSON file in build/. */
export function builtEdition(deck: string): string {
	return deckEdition(builtDeck(deck).questions);
}

/** A class code for the built site's edition of the quiz's deck, among all its decks, as its classroom page makes. */
export function builtClassCode(quiz: ClassQuiz): string {
	const decks = readdirSync('build/api/decks').flatMap((article) =>
		readdirSync(`build/api/decks/${article}`)
			.filter((file) => file.endsWith('.json'))
			.map((file) => {
				const key = `${article}/${file.replace(/\.json$/, '')}`;
				return { key, edition: builtEdition(key) };
			})
	);
	return encodeClassCode(quiz, taggedDecks(decks).find((d) => d.key === quiz.deck)!.tag);
}

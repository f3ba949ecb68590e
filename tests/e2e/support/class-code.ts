import { readFileSync } from 'node:fs';
import {
	deckEdition,
	encodeClassCode,
	type ClassQuiz
} from '../../../src/lib/classroom/class-code.ts';

/** The edition of a deck as the built site serves it, read from its JSON file in build/. */
export function builtEdition(deck: string): string {
	const [article, id] = deck.split('/');
	const file = JSON.parse(readFileSync(`build/api/decks/${article}/${id}.json`, 'utf8'));
	return deckEdition(file.questions);
}

/** A class code for the built site's edition of the quiz's deck, as its classroom page makes. */
export function builtClassCode(quiz: ClassQuiz): string {
	return encodeClassCode(quiz, builtEdition(quiz.deck));
}

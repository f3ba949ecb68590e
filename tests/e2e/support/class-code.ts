import {
	deckEdition,
	encodeClassCode,
	type ClassQuiz
} from '../../../src/lib/classroom/class-code.ts';
import { builtDeck } from './deck.ts';

/** The edition of a deck as the built site serves it, read from its JSON file in build/. */
export function builtEdition(deck: string): string {
	return deckEdition(builtDeck(deck).questions);
}

/** A class code for the built site's edition of the quiz's deck, as its classroom page makes. */
export function builtClassCode(quiz: ClassQuiz): string {
	return encodeClassCode(quiz, builtEdition(quiz.deck));
}

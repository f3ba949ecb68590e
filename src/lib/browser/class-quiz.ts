import { decodeClassCode, type ClassQuiz, type ClassDeck } from '$lib/classroom/class-code.ts';
import type { FactView } from '$lib/questions/library.ts';
import { drawClassQuiz } from '$lib/questions/quiz.ts';
import type { ClientQuestion } from '$lib/questions/types.ts';
import { fetchDeck } from './deck-file.ts';

/** A class quiz ready to show: its settings, its deck, and its questions in the class's order. */
export interface LoadedClassQuiz {
	code: string;
	quiz: ClassQuiz;
	deck: ClassDeck;
	questions: ClientQuestion[];
	facts: FactView[];
}

/**
 * Reads a class code and draws its quiz: the same code gives every student, the projector and
 * the printed sheet the same questions, options and order.
 */
export async function loadClassQuiz(
	text: string,
	decks: readonly ClassDeck[]
): Promise<LoadedClassQuiz | { error: string }> {
	const read = decodeClassCode(text, decks);
	if ('error' in read) return read;
	const deck = decks.find((d) => d.key === read.quiz.deck)!;
	const file = await fetchDeck(deck);
	if ('error' in file) return file;
	const { questions, facts } = drawClassQuiz(read.quiz, file);
	return { code: read.code, quiz: read.quiz, deck, questions, facts };
}

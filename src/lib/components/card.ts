// What the question card says around a question, worked out apart from the markup so it is tested.
import { OPTION_LETTERS } from '$lib/questions/forms/choice.ts';
import { BLANK } from '$lib/questions/forms/cloze.ts';
import { expectedAnswer, grade, responseFromKey, stemOf } from '$lib/questions/grade.ts';
import type { ClientQuestion, Verdict } from '$lib/questions/types.ts';

/** How the card shows a question: answered on screen, projected, printed, or as an answer key. */
export type CardMode = 'answer' | 'present' | 'print' | 'key';

/** The heading over an answer: how it went, or that the time ran out before one was given. */
export function headline(verdict: Verdict | undefined): string {
	if (!verdict) return 'Time is up';
	if (verdict.correct) return 'Right';
	return verdict.score > 0 ? 'Partly right' : 'Not quite';
}

const withoutStop = (text: string) => text.replace(/[.!?…]+$/u, '');

/**
 * Whether the grader's sentence tells more than the heading and "The answer: …" line do: how a
 * spelling was accepted, how much of an order was right, what a false statement changed. A bare
 * "Right." or a sentence that only names the answer adds nothing.
 */
export function saysMore(verdict: Verdict): boolean {
	const said = withoutStop(verdict.feedback);
	return said !== 'Right' && !said.endsWith(`the answer is ${withoutStop(verdict.expected)}`);
}

/**
 * The letter of the right option, for questions answered by picking a lettered option (choice,
 * true or false, a cloze with options): the key whose response grades right. Undefined otherwise.
 */
export function answerLetter(question: ClientQuestion): string | undefined {
	for (let i = 0; i < OPTION_LETTERS.length; i++) {
		const response = responseFromKey(question, String(i + 1));
		if (response && grade(question, response).correct) return OPTION_LETTERS[i];
	}
	return undefined;
}

/** The right answer as a class reads it: with its option's letter when it has one ("B. Lisbon"). */
export function answerLine(question: ClientQuestion): string {
	const letter = answerLetter(question);
	return letter ? `${letter}. ${expectedAnswer(question)}` : expectedAnswer(question);
}

/** A piece of a question's stem: words, or the blank a cloze asks to fill. */
export type StemPart = { text: string } | { blank: true };

/** The stem a question shows below its prompt, in pieces, or none when the prompt says it all. */
export function stemParts(question: ClientQuestion): StemPart[] {
	const stem = stemOf(question);
	if (stem === question.prompt) return [];
	return stem
		.split(BLANK)
		.flatMap((text, i): StemPart[] => [
			...(i > 0 ? [{ blank: true as const }] : []),
			...(text ? [{ text }] : [])
		]);
}

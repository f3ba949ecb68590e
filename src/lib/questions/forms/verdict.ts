import type { Match, Verdict } from '../types.ts';

/** A full stop after the text unless it already ends a sentence. */
function sentence(text: string): string {
	return /[.!?…]["'”’»)]*$/.test(text) ? text : `${text}.`;
}

/** A verdict with its feedback as one sentence; the score is 1 or 0 unless given. */
export function verdict(
	correct: boolean,
	expected: string,
	feedback: string,
	score?: number
): Verdict {
	return { correct, score: score ?? (correct ? 1 : 0), expected, feedback: sentence(feedback) };
}

/** A right answer, with how it was accepted. */
export function accepted(match: Match, expected: string, feedback: string): Verdict {
	return { ...verdict(true, expected, feedback), match };
}

/** Text capped for storage: what a learner types is kept up to this many characters. */
export const MAX_TEXT = 500;
/** Items an order or match response may hold in storage. */
export const MAX_ITEMS = 50;

/** A stored text response, or undefined when it is not one. */
export function storedText(value: unknown): string | undefined {
	return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined;
}

import type { QuestionForm } from '../content/kinds.ts';
import { decodeResponse, encodeResponse } from '../questions/forms/store.ts';
import type { Match, ResponseValue } from '../questions/types.ts';
import type { Attempt } from './model.ts';

/** How a right answer was accepted, in the order its verdict code counts them (1–4). */
const MATCH_CODES: Match[] = ['exact', 'alias', 'typo', 'tolerance'];

/**
 * The verdict as one small integer, as every stored format writes it: 0 wrong, 1–4 right
 * (exact, alias, typo, tolerance), -n partly right (n%).
 */
export function verdictCode(attempt: Attempt): number {
	if (attempt.correct) return MATCH_CODES.indexOf(attempt.match ?? 'exact') + 1;
	const percent = Math.round(attempt.score * 100);
	return percent > 0 ? -Math.min(99, percent) : 0;
}

/** Reads a verdict code back (see `verdictCode`). */
export function verdictOf(code: number): Pick<Attempt, 'correct' | 'score' | 'match'> {
	if (code > 0) return { correct: true, score: 1, match: MATCH_CODES[code - 1] };
	return { correct: false, score: code < 0 ? -code / 100 : 0 };
}

/** Reads a stored response for a question of `form`; undefined when it is not one. */
export function responseFor(form: QuestionForm, value: unknown): ResponseValue | undefined {
	// Stored documents write a true-or-false answer as 1 or 0, and nothing else.
	if (form === 'true-false' && value !== 0 && value !== 1) return undefined;
	const response = decodeResponse(form, form === 'true-false' ? value === 1 : value);
	return response && encodeResponse(response);
}

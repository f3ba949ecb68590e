import type { QuestionForm } from '../content/kinds.ts';
import type { Match } from '../questions/types.ts';
import type { Attempt, ResponseValue } from './model.ts';

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
	switch (form) {
		case 'choice':
			return Number.isSafeInteger(value) ? (value as number) : undefined;
		case 'true-false':
			return value === 0 || value === 1 ? value === 1 : undefined;
		case 'typed':
		case 'numeric':
			return typeof value === 'string' && value.length <= 500 ? value : undefined;
		case 'order':
			return Array.isArray(value) && value.length <= 50 && value.every((x) => typeof x === 'string')
				? (value as string[])
				: undefined;
		case 'match':
			return Array.isArray(value) &&
				value.length <= 50 &&
				value.every((x) => x === null || Number.isSafeInteger(x))
				? (value as (number | null)[])
				: undefined;
	}
}

import type { QuestionForm, Rating, Response, ResponseValue, Verdict } from '../types.ts';
import { usualRating, type FormStore } from './form.ts';
import { MAX_ITEMS, storedText } from './verdict.ts';

/**
 * How each form's responses are stored and rated, by name. The progress store reads these on
 * every page, so they live apart from the graders and builders in each form's module, which
 * spreads its entry in: a page that only reads progress downloads no grader.
 */
export const FORM_STORES: { readonly [F in QuestionForm]: FormStore<F> } = {
	choice: {
		form: 'choice',
		encode: (response) => response.option,
		decode: (value) =>
			typeof value === 'number' && Number.isSafeInteger(value)
				? { form: 'choice', option: value }
				: undefined,
		rate: usualRating
	},
	cloze: {
		form: 'cloze',
		encode: (response) => response.text,
		decode: (value) => {
			const text = storedText(value);
			return text === undefined ? undefined : { form: 'cloze', text };
		},
		rate: usualRating
	},
	match: {
		form: 'match',
		encode: (response) => response.pairs,
		decode: (value) =>
			Array.isArray(value) &&
			value.length <= MAX_ITEMS &&
			value.every(
				(x): x is number | null => x === null || (typeof x === 'number' && Number.isSafeInteger(x))
			)
				? { form: 'match', pairs: value }
				: undefined,
		rate: usualRating
	},
	numeric: {
		form: 'numeric',
		encode: (response) => response.text,
		decode: (value) => {
			const text = storedText(value);
			return text === undefined ? undefined : { form: 'numeric', text };
		},
		rate: usualRating
	},
	order: {
		form: 'order',
		encode: (response) => response.order,
		decode: (value) =>
			Array.isArray(value) &&
			value.length <= MAX_ITEMS &&
			value.every((x): x is string => typeof x === 'string')
				? { form: 'order', order: value }
				: undefined,
		rate: usualRating
	},
	'true-false': {
		form: 'true-false',
		encode: (response) => response.value,
		decode: (value) => (typeof value === 'boolean' ? { form: 'true-false', value } : undefined),
		rate: usualRating
	},
	typed: {
		form: 'typed',
		encode: (response) => response.text,
		decode: (value) => {
			const text = storedText(value);
			return text === undefined ? undefined : { form: 'typed', text };
		},
		rate: usualRating
	}
};

/** A response without its form tag, for storage. */
export function encodeResponse(response: Response): ResponseValue {
	// FORM_STORES maps each form to its module, so this is the response's own module.
	return (FORM_STORES[response.form] as FormStore<QuestionForm>).encode(response);
}

/** A stored value as a response to a question of `form`, or undefined when it does not fit. */
export function decodeResponse(form: QuestionForm, value: unknown): Response | undefined {
	return FORM_STORES[form].decode(value);
}

/** The FSRS rating an answer implies on a question of `form`, before the learner overrides it. */
export function ratingFor(
	form: QuestionForm,
	verdict: { correct: boolean; match?: Verdict['match'] }
): Rating {
	return FORM_STORES[form].rate(verdict);
}

// Hand-made questions for the grader's tests: one place to build them, so both test files agree.
import type { NumericQuestion, TypedQuestion } from './types.ts';

/** The fields every test question shares, named after `id`. */
export function questionBase(id: string) {
	return {
		id: `mali-france-russia/${id}`,
		article: 'mali-france-russia',
		facts: [id],
		sections: ['introduction'],
		kinds: [],
		tags: [],
		position: 0,
		prompt: `Question ${id}`
	};
}

/** A typed question whose key is `text`, with these aliases. */
export function typedQuestion(text: string, aliases: string[] = []): TypedQuestion {
	return { ...questionBase(`typed-${text}`), form: 'typed', answer: { text, aliases } };
}

/** A numeric question whose key is `text` (`value`), exact unless a tolerance is given. */
export function numericQuestion(
	text: string,
	value: number,
	options: { tolerance?: number; unit?: string; aliases?: string[]; year?: boolean } = {}
): NumericQuestion {
	return {
		...questionBase(`numeric-${text}`),
		form: 'numeric',
		answer: {
			text,
			value,
			tolerance: options.tolerance ?? 0,
			unit: options.unit,
			aliases: options.aliases ?? [],
			year: options.year ?? false
		}
	};
}

import { shuffle, type Rng } from '../questions/random.ts';
import type { ClientQuestion, Response } from '../questions/types.ts';

// A live player's phone sees a question without anything that gives its answer away: no answer,
// no question id (a true/false id ends in its answer), no dates on timeline items, no fact ids.
// Each form's two functions sit together so they can move into the form's own module.

/** A question as a player receives it before the reveal. */
export type PlayerQuestion =
	| { form: 'choice'; prompt: string; options: string[] }
	| { form: 'true-false'; prompt: string; statement: string }
	| { form: 'typed'; prompt: string }
	| { form: 'numeric'; prompt: string }
	/** Items in a fresh order; `key` stands for the item, so the order given names no fact. */
	| { form: 'order'; prompt: string; items: { key: string; label: string }[] }
	| { form: 'match'; prompt: string; left: string[]; right: string[] };

/** The player's view of a question: every form's answer left out, timeline items reshuffled. */
export function playerQuestion(question: ClientQuestion, rng: Rng): PlayerQuestion {
	const { prompt } = question;
	switch (question.form) {
		case 'choice':
			return { form: 'choice', prompt, options: [...question.options] };
		case 'true-false':
			return { form: 'true-false', prompt, statement: question.statement };
		case 'typed':
			return { form: 'typed', prompt };
		case 'numeric':
			return { form: 'numeric', prompt };
		case 'order':
			return {
				form: 'order',
				prompt,
				items: shuffle(
					question.items.map((item, i) => ({ key: String(i), label: item.label })),
					rng
				)
			};
		case 'match':
			return { form: 'match', prompt, left: [...question.left], right: [...question.right] };
	}
}

/**
 * A player's response in the grader's terms: an order of item keys becomes an order of facts.
 * Undefined when it does not fit the question (another form, unknown or repeated keys).
 */
export function gradableResponse(
	question: ClientQuestion,
	response: Response
): Response | undefined {
	if (response.form !== question.form) return undefined;
	if (response.form === 'order' && question.form === 'order') {
		const facts = response.order.map((key) => question.items[Number(key)]?.fact);
		if (facts.some((fact) => fact === undefined) || new Set(facts).size !== facts.length)
			return undefined;
		return { form: 'order', order: facts as string[] };
	}
	if (response.form === 'choice' && question.form === 'choice')
		return response.option < question.options.length ? response : undefined;
	if (response.form === 'match' && question.form === 'match')
		return response.pairs.length === question.left.length ? response : undefined;
	return response;
}

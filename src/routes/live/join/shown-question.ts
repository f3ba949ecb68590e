import type { ClientQuestion, PlayerQuestion } from '$lib/questions/types.ts';

/**
 * A live question as the question card takes it: the player's view, with empty answers. A phone
 * never reveals an answer (the server grades and tells), so the card never reads them.
 */
export function shownQuestion(question: PlayerQuestion, index: number): ClientQuestion {
	const base = { id: `live-${index}`, article: '', facts: [], position: index };
	switch (question.form) {
		case 'choice':
			return { ...base, ...question, answer: -1 };
		case 'true-false':
			return { ...base, ...question, answer: false };
		case 'typed':
			return { ...base, ...question, answer: { text: '', aliases: [] } };
		case 'numeric':
			return {
				...base,
				...question,
				answer: { text: '', value: 0, tolerance: 0, aliases: [], year: false }
			};
		case 'order':
			return {
				...base,
				form: 'order',
				prompt: question.prompt,
				// The key stands in for the fact, so the order sent back names no fact.
				items: question.items.map((item) => ({
					fact: item.key,
					label: item.label,
					when: '',
					date: ''
				})),
				answer: []
			};
		case 'match':
			return { ...base, ...question, set: '', answer: [] };
		case 'cloze':
			return { ...base, ...question, answer: { text: '', aliases: [] } };
	}
}

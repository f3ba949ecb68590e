import type { ClientQuestion, Response } from './types.ts';

/** A learner's response in words, as a results list shows it ("no answer" when there is none). */
export function describeResponse(question: ClientQuestion, response: Response | undefined): string {
	if (!response || response.form !== question.form) return 'no answer';
	switch (response.form) {
		case 'choice':
			return question.form === 'choice' ? (question.options[response.option] ?? 'no answer') : '';
		case 'true-false':
			return response.value ? 'True' : 'False';
		case 'typed':
		case 'numeric':
			return response.text.trim() || 'no answer';
		case 'order': {
			if (question.form !== 'order') return '';
			const labels = new Map(question.items.map((item) => [item.fact, item.label]));
			return response.order.map((id) => labels.get(id) ?? '?').join(' → ');
		}
		case 'match': {
			if (question.form !== 'match') return '';
			return question.left
				.map((left, i) => {
					const right = response.pairs[i];
					return `${left} → ${right === null || right === undefined ? '?' : (question.right[right] ?? '?')}`;
				})
				.join('; ');
		}
	}
}

/** The response a learner has not changed yet: what a new question starts from. */
export function initialResponse(question: ClientQuestion): Response | undefined {
	switch (question.form) {
		case 'order':
			return { form: 'order', order: question.items.map((item) => item.fact) };
		case 'match':
			return { form: 'match', pairs: question.left.map(() => null) };
		default:
			return undefined;
	}
}

/** Whether a response is complete enough to be checked. */
export function isAnswerable(question: ClientQuestion, response: Response | undefined): boolean {
	if (!response || response.form !== question.form) return false;
	switch (response.form) {
		case 'typed':
		case 'numeric':
			return response.text.trim() !== '';
		case 'match':
			return response.pairs.every((pair) => pair !== null);
		default:
			return true;
	}
}

import { QUESTION_FORMS } from '../content/kinds.ts';
import type { QuizSettings } from './quiz.ts';
import type { QuestionForm } from './types.ts';

/** Most questions one quiz may ask. */
export const MAX_QUIZ = 500;

/**
 * Reads quiz settings from URL parameters (`count`, `forms`, `order`). Anything malformed gets a
 * message saying what, never an exception: URLs are typed, pasted and shared.
 */
export function parseQuizParams(
	params: URLSearchParams
): { settings: QuizSettings } | { error: string } {
	const countText = params.get('count') ?? '10';
	const count = /^\d{1,4}$/.test(countText) ? Number(countText) : NaN;
	if (!(count >= 1 && count <= MAX_QUIZ))
		return { error: `The number of questions must be a whole number from 1 to ${MAX_QUIZ}.` };
	// One list (`forms=a,b`, as links write it) or one parameter per form (as checkboxes send them).
	const formsText = params.getAll('forms').join(',');
	const forms = formsText === '' ? [] : formsText.split(',');
	const unknown = forms.filter((form) => !(QUESTION_FORMS as readonly string[]).includes(form));
	if (unknown.length > 0 || forms.length > QUESTION_FORMS.length)
		return {
			error: `Unknown question form${unknown.length === 1 ? '' : 's'}: ${unknown.slice(0, 3).join(', ').slice(0, 60)}.`
		};
	const order = params.get('order') ?? 'random';
	if (order !== 'random' && order !== 'article')
		return { error: 'The order must be random or article.' };
	return { settings: { count, forms: [...new Set(forms)] as QuestionForm[], order } };
}

/** Settings as URL parameters, the inverse of parseQuizParams. */
export function quizParams(settings: QuizSettings): string {
	const params = new URLSearchParams({ count: String(settings.count), order: settings.order });
	if (settings.forms.length > 0) params.set('forms', settings.forms.join(','));
	return params.toString();
}

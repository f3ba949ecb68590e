import type { QuestionForm } from '../types.ts';
import { choice } from './choice.ts';
import { cloze } from './cloze.ts';
import type { Form } from './form.ts';
import { match } from './match.ts';
import { numeric } from './numeric.ts';
import { order } from './order.ts';
import { trueFalse } from './true-false.ts';
import { typed } from './typed.ts';

/** Every question form, by name: the one place that lists them with their behaviour. */
export const FORMS: { readonly [F in QuestionForm]: Form<F> } = {
	choice,
	'true-false': trueFalse,
	typed,
	numeric,
	order,
	match,
	cloze
};

export type {
	BuildContext,
	CheckContext,
	CheckResult,
	Form,
	FormBuild,
	Level,
	Mark,
	QuestionCheck
} from './form.ts';
export { QUESTION_CHECKS } from './form.ts';

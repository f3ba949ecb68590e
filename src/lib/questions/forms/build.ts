import type { QuestionForm } from '../types.ts';
import { choiceBuild } from './choice.ts';
import { clozeBuild } from './cloze.ts';
import type { FormBuild } from './form.ts';
import { matchBuild } from './match.ts';
import { numericBuild } from './numeric.ts';
import { orderBuild } from './order.ts';
import { trueFalseBuild } from './true-false.ts';
import { typedBuild } from './typed.ts';

/** How each form's questions are built and checked, by name: the bank's and the checks' list. */
export const FORM_BUILDS: { readonly [F in QuestionForm]: FormBuild<F> } = {
	choice: choiceBuild,
	'true-false': trueFalseBuild,
	typed: typedBuild,
	numeric: numericBuild,
	order: orderBuild,
	match: matchBuild,
	cloze: clozeBuild
};

import type { Component } from 'svelte';
import type { ClientQuestion, QuestionForm, ResponseOf } from '$lib/questions/types.ts';
import ChoiceInput from './ChoiceInput.svelte';
import ClozeInput from './ClozeInput.svelte';
import TextInput from './TextInput.svelte';
import TrueFalseInput from './TrueFalseInput.svelte';

/** How a question is shown: answered on screen, projected to a class, or printed on a sheet. */
export type InputMode = 'answer' | 'present' | 'print';

/** What every form's input receives from the question card. */
export interface InputProps<F extends QuestionForm = QuestionForm> {
	question: Extract<ClientQuestion, { form: F }>;
	mode: InputMode;
	/** The response shown: the saved one once answered, the one being composed before. */
	response: ResponseOf<F> | undefined;
	/** The answer is shown: checked (or out of time) on screen, revealed on a projector. */
	revealed: boolean;
	/** A prefix that makes the input's ids and names unique on the page. */
	id: string;
	/** The id of the sentence the answer completes, when the question has one. */
	describedBy?: string;
	/** A method, so its parameter is bivariant: one input (TextInput) serves several forms. */
	onchange(response: ResponseOf<F>): void;
}

/**
 * The props of an input that serves several forms, written out member by member: TypeScript then
 * compares each form's props with them one member at a time, as it cannot through the interface.
 */
export type InputPropsOfForms<F extends QuestionForm> = {
	[K in keyof InputProps<F>]: InputProps<F>[K];
};

type Input<F extends QuestionForm> = Component<InputProps<F>>;

/** A form's input, bundled with the card, or loaded when a question of that form first shows. */
export type InputEntry<F extends QuestionForm = QuestionForm> =
	{ component: Input<F> } | { load: () => Promise<{ default: Input<F> }> };

/**
 * The input of each form: adding a form is one component and one line here. Ordering and
 * matching are rarer and larger, so they load on demand.
 */
export const INPUTS: { readonly [F in QuestionForm]: InputEntry<F> } = {
	choice: { component: ChoiceInput },
	'true-false': { component: TrueFalseInput },
	typed: { component: TextInput },
	numeric: { component: TextInput },
	order: { load: () => import('./OrderInput.svelte') },
	match: { load: () => import('./MatchInput.svelte') },
	cloze: { component: ClozeInput }
};

/** The input entry of a question's form. */
export function inputOf(question: ClientQuestion): InputEntry {
	// INPUTS maps each form to its input, so this entry takes this question's props.
	return INPUTS[question.form] as InputEntry;
}

// The one grader and what goes with it: every response is read through its question's form.
import { FORMS } from './forms/index.ts';
import type { Rng } from './random.ts';
import type { Form, Level, Mark } from './forms/form.ts';
import { verdict } from './forms/verdict.ts';
import type {
	ClientQuestion,
	Client,
	PlayerQuestion,
	QuestionForm,
	QuestionOf,
	Response,
	Verdict
} from './types.ts';

/** A question with its form's module: the pair every call below works on. */
interface Bound<F extends QuestionForm> {
	form: Form<F>;
	question: Client<QuestionOf<F>>;
}

/** A question bound to its form's module; the module is looked up by the question's own form. */
function bind(question: ClientQuestion): Bound<QuestionForm> {
	return { form: FORMS[question.form], question };
}

/** The response, when it is of the question's form. */
function sameForm(question: ClientQuestion, response: Response | undefined) {
	return response?.form === question.form ? response : undefined;
}

/** Grades any response against its question; a response of another form is wrong, never thrown. */
export function grade(question: ClientQuestion, response: Response): Verdict {
	const { form, question: q } = bind(question);
	const given = sameForm(question, response);
	if (!given) return verdict(false, form.expected(q), 'That answer does not fit this question.');
	return form.grade(q, given);
}

/** The right answer to a question, as the article words it. */
export function expectedAnswer(question: ClientQuestion): string {
	const { form, question: q } = bind(question);
	return form.expected(q);
}

/** A learner's response in words, as a results list shows it ("no answer" when there is none). */
export function describeResponse(question: ClientQuestion, response: Response | undefined): string {
	const { form, question: q } = bind(question);
	const given = sameForm(question, response);
	return given ? form.describe(q, given) : 'no answer';
}

/** The response a learner has not changed yet: what a new question starts from. */
export function initialResponse(question: ClientQuestion): Response | undefined {
	const { form, question: q } = bind(question);
	return form.initial(q);
}

/** Whether a response is complete enough to be checked. */
export function isAnswerable(question: ClientQuestion, response: Response | undefined): boolean {
	const given = sameForm(question, response);
	return !!given && bind(question).form.answerable(given);
}

/** The response a key press gives on a question, if its form takes that key. */
export function responseFromKey(question: ClientQuestion, key: string): Response | undefined {
	const { form, question: q } = bind(question);
	return form.fromKey?.(q, key);
}

/** The text a question is asked with: a statement, a sentence with its blank, or the prompt. */
export function stemOf(question: ClientQuestion): string {
	const { form, question: q } = bind(question);
	return form.stem(q);
}

/** The options a learner picks one of, for questions answered by picking (choice, true/false). */
export function choicesOf(question: ClientQuestion): string[] | undefined {
	const { form, question: q } = bind(question);
	return form.choices?.(q);
}

/** The review level a question asks at, if review uses it. */
export function levelOfQuestion(question: ClientQuestion): Level | undefined {
	const { form, question: q } = bind(question);
	return form.levelOf(q);
}

/** A response as a class result code keeps it. */
export function markOf(
	question: ClientQuestion,
	response: Response | undefined,
	verdict: Verdict | undefined
): Mark {
	const { form, question: q } = bind(question);
	return form.mark(q, sameForm(question, response), verdict);
}

/** The credit a result code's mark earns on a question, from 0 to 1. */
export function markScore(question: ClientQuestion, mark: Mark): number {
	const { form, question: q } = bind(question);
	return form.markScore(q, mark);
}

/** The question as a live game's player receives it, without anything giving its answer away. */
export function playerView(question: ClientQuestion, rng: Rng): PlayerQuestion {
	const { form, question: q } = bind(question);
	return form.playerView(q, rng);
}

/** A player's response in the grader's terms, or undefined when it does not fit the question. */
export function responseFromPlayer(
	question: ClientQuestion,
	response: Response
): Response | undefined {
	const { form, question: q } = bind(question);
	const given = sameForm(question, response);
	return given && form.fromPlayer(q, given);
}

export { decodeResponse, encodeResponse, ratingFor } from './forms/store.ts';

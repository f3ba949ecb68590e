import { factKey } from '../ids.ts';
import { createRng, shuffle, type Rng } from './random.ts';
import type { FactView } from './library.ts';
import type { ClientQuestion, QuestionForm } from './types.ts';

export type QuizOrder = 'random' | 'article';

/** What a learner or a teacher chooses before a quiz. */
export interface QuizSettings {
	count: number;
	/** Forms to draw from; empty means every form. */
	forms: QuestionForm[];
	order: QuizOrder;
}

/** The key that keeps two questions on the same fact out of one quiz. */
function subject(question: ClientQuestion): string {
	return question.facts.length === 1 ? factKey(question.article, question.facts[0]) : question.id;
}

/** Draws tried before facts of neighbouring sentences may meet in one quiz. */
const APART_ATTEMPTS = 8;

/**
 * One greedy draw in a fresh random order: at most `count` questions, none on a fact already
 * asked or shown, none beside (`near`) a fact already asked; the groups it could not place are
 * `left`, and `fits` and `take` carry on the same draw.
 */
function drawApart<Q extends ClientQuestion>(groups: readonly Q[][], count: number, rng: Rng) {
	const picked: Q[] = [];
	/** Facts asked so far, facts whose answer a question so far has shown, and facts beside them. */
	const asked = new Set<string>();
	const shown = new Set<string>();
	const near = new Set<string>();
	const keys = (q: Q, facts: readonly string[] = []) => facts.map((f) => factKey(q.article, f));
	const fits = (q: Q, apart: boolean) =>
		!keys(q, q.facts).some((fact) => asked.has(fact) || shown.has(fact)) &&
		!keys(q, q.reveals).some((fact) => asked.has(fact)) &&
		(!apart ||
			(!keys(q, q.facts).some((fact) => near.has(fact)) &&
				!keys(q, q.near).some((fact) => asked.has(fact))));
	const take = (question: Q) => {
		picked.push(question);
		for (const fact of keys(question, question.facts)) asked.add(fact);
		for (const fact of keys(question, question.reveals)) shown.add(fact);
		for (const fact of keys(question, question.near)) near.add(fact);
	};
	const left: Q[][] = [];
	for (const group of shuffle(groups, rng).map((g) => shuffle(g, rng))) {
		if (picked.length >= count) break;
		const question = group.find((q) => fits(q, true));
		if (question) take(question);
		else left.push(group);
	}
	return { picked, left, fits, take };
}

/**
 * Draws a quiz from a deck's questions: at most one question per fact, no two questions where one
 * shows the answer of a fact the other asks (see `reveals`), `count` at most, in random or
 * article order. Facts quoted from neighbouring sentences (`near`) are kept apart too, unless a
 * few draws cannot make up `count` without them. The same questions, settings and seed give the same
 * quiz anywhere.
 */
export function sampleQuiz<Q extends ClientQuestion>(
	questions: readonly Q[],
	settings: QuizSettings,
	seed: number
): Q[] {
	const rng = createRng(seed);
	const allowed = questions.filter(
		(q) => settings.forms.length === 0 || settings.forms.includes(q.form)
	);
	const bySubject = new Map<string, Q[]>();
	for (const question of allowed) {
		const key = subject(question);
		if (!bySubject.has(key)) bySubject.set(key, []);
		bySubject.get(key)!.push(question);
	}
	const groups = [...bySubject.values()];
	// Keep facts of neighbouring sentences apart: a few draws, the first that fills the quiz.
	let best = drawApart(groups, settings.count, rng);
	for (
		let attempt = 1;
		attempt < APART_ATTEMPTS && best.picked.length < settings.count;
		attempt++
	) {
		const next = drawApart(groups, settings.count, rng);
		if (next.picked.length > best.picked.length) best = next;
	}
	const { picked, left, fits, take } = best;
	// If the quiz is still short, let facts of neighbouring sentences meet.
	for (const group of left) {
		if (picked.length >= settings.count) break;
		const question = group.find((q) => fits(q, false));
		if (question) take(question);
	}
	if (settings.order === 'article')
		picked.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
	return picked;
}

/**
 * A class quiz's questions, drawn from its deck's with the code's settings and seed, in the
 * class's order, and the facts that explain them: the same everywhere a class code is read.
 */
export function drawClassQuiz<Q extends ClientQuestion>(
	quiz: QuizSettings & { seed: number },
	deck: { questions: readonly Q[]; facts: readonly FactView[] }
): { questions: Q[]; facts: FactView[] } {
	const { count, forms, order, seed } = quiz;
	const questions = sampleQuiz(deck.questions, { count, forms, order }, seed);
	const used = new Set(questions.flatMap((q) => q.facts));
	return { questions, facts: deck.facts.filter((f) => used.has(f.id)) };
}

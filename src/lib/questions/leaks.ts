import type { Fact } from '../content/schema.ts';
import { answerForms } from './distractors.ts';
import { choicesOf, expectedAnswer, stemOf } from './grade.ts';
import { normalize, wordList } from './text.ts';
import type { Question } from './types.ts';

/**
 * Every text a question shows a learner, before and after it is answered: its prompt, stem,
 * options, items, the answer and correction it reveals, and the explanation of each of its facts
 * (the fact's statement, the article's quote and the note).
 */
export function shownTexts(question: Question, byId: ReadonlyMap<string, Fact>): string[] {
	const texts = [question.prompt, stemOf(question), expectedAnswer(question)];
	texts.push(...(choicesOf(question) ?? []));
	if (question.form === 'order')
		texts.push(...question.items.flatMap((item) => [item.label, item.when]));
	if (question.form === 'match') texts.push(...question.left, ...question.right);
	if (question.form === 'true-false') {
		if (question.correction) texts.push(question.correction);
		if (question.swap) texts.push(question.swap.from, question.swap.to);
	}
	for (const id of question.facts) {
		const fact = byId.get(id);
		if (fact) texts.push(fact.statement, fact.quote, fact.note ?? '');
	}
	return texts;
}

/**
 * The leak graph: for each question, the other facts whose answer it shows (in any accepted
 * form), so a quiz or a review session can keep apart two questions where one answers the other.
 */
export function revealedFacts(
	questions: readonly Question[],
	facts: readonly Fact[]
): Map<string, string[]> {
	const byId = new Map(facts.map((fact) => [fact.id, fact]));
	// Answers indexed by their first word, so each text is read once, whatever the article's size.
	const byFirstWord = new Map<string, { id: string; words: string[] }[]>();
	for (const fact of facts)
		for (const form of answerForms(fact)) {
			const words = normalize(form).split(' ').filter(Boolean);
			if (words.length === 0) continue;
			const list = byFirstWord.get(words[0]) ?? [];
			list.push({ id: fact.id, words });
			byFirstWord.set(words[0], list);
		}
	const graph = new Map<string, string[]>();
	for (const question of questions) {
		const own = new Set(question.facts);
		const found = new Set<string>();
		for (const text of shownTexts(question, byId)) {
			const words = wordList(text);
			words.forEach((word, i) => {
				for (const answer of byFirstWord.get(word) ?? [])
					if (!own.has(answer.id) && answer.words.every((w, j) => words[i + j] === w))
						found.add(answer.id);
			});
		}
		graph.set(
			question.id,
			facts.filter((fact) => found.has(fact.id)).map((fact) => fact.id)
		);
	}
	return graph;
}

/** Whether one of two questions shows the answer of a fact the other asks. */
export function leaksBetween(
	a: { facts: readonly string[]; reveals?: readonly string[] },
	b: { facts: readonly string[]; reveals?: readonly string[] }
): boolean {
	return (
		(a.reveals ?? []).some((id) => b.facts.includes(id)) ||
		(b.reveals ?? []).some((id) => a.facts.includes(id))
	);
}

import type { ClientQuestion } from '../questions/types.ts';
import {
	checkInput,
	emptyReport,
	explain,
	exportFilename,
	matchPairs,
	oneLine,
	questionText,
	rightAnswer,
	type ExportFile,
	type ExportInput,
	type FactsOf
} from './common.ts';

/** The term and definition cards of one question, or why it has none. */
function cards(q: ClientQuestion, factsOf: FactsOf): [string, string][] | { reason: string } {
	switch (q.form) {
		case 'choice':
		case 'typed':
		case 'numeric':
		case 'cloze':
			return [[questionText(q), rightAnswer(q)]];
		case 'true-false':
			// "False" alone teaches nothing: the definition says what the article says instead.
			return [[questionText(q), explain(q, factsOf(q)).correction ?? 'True']];
		case 'match':
			return matchPairs(q);
		case 'order':
			return {
				reason: 'a Quizlet card pairs one term with one definition; an order has no such pair'
			};
	}
}

/**
 * Writes a quiz as text for Quizlet's import box with its default separators: a tab between term
 * and definition, a new line between cards. Quizlet does not read quotes, so nothing is quoted:
 * tabs and new lines inside a field become spaces. A card already written is not repeated.
 */
export function exportQuizlet(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const report = emptyReport();
	const written = new Map<string, string>();
	const lines: string[] = [];
	for (const q of input.questions) {
		const made = cards(q, factsOf);
		if ('reason' in made) {
			report.left.push({ question: q.id, reason: made.reason });
			continue;
		}
		let added = 0;
		let repeatOf = '';
		for (const [term, definition] of made) {
			const line = `${oneLine(term)}\t${oneLine(definition)}`;
			const first = written.get(line);
			if (first !== undefined) repeatOf ||= first;
			else {
				written.set(line, q.id);
				lines.push(line);
				added++;
			}
		}
		if (added === 0)
			report.left.push({ question: q.id, reason: `same card as question ${repeatOf}` });
	}
	return {
		filename: exportFilename(input.deckKey, 'quizlet.txt'),
		mime: 'text/plain;charset=utf-8',
		data: lines.join('\n'),
		report
	};
}

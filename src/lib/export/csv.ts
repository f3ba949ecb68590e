import type { ClientQuestion } from '../questions/types.ts';
import {
	checkInput,
	emptyReport,
	explain,
	explanationText,
	exportFilename,
	oneLine,
	orderedLabels,
	questionText,
	rightAnswer,
	type ExportFile,
	type ExportInput
} from './common.ts';
import { csvText } from './csv-text.ts';

/** The CSV header, one column per field. */
export const CSV_COLUMNS = ['id', 'form', 'prompt', 'options', 'answer', 'explanation', 'source'];

/** Lists in a cell are joined with this. */
export const CSV_LIST = ' | ';

/** What a learner chooses from: the options, True and False, the items to order or match. */
function options(q: ClientQuestion): string[] {
	switch (q.form) {
		case 'choice':
			return q.options;
		case 'true-false':
			return ['True', 'False'];
		case 'order':
			return q.items.map((item) => item.label);
		case 'match':
			return q.left;
		case 'cloze':
			return q.options ?? [];
		default:
			return [];
	}
}

/** The right answer; for typed and numeric questions every accepted writing, the article's first. */
function answer(q: ClientQuestion): string[] {
	switch (q.form) {
		case 'typed':
		case 'cloze':
			return [q.answer.text, ...q.answer.aliases];
		case 'numeric': {
			const tolerance =
				!q.answer.year && q.answer.tolerance > 0 ? ` (± ${q.answer.tolerance})` : '';
			return [`${q.answer.text}${tolerance}`, ...q.answer.aliases];
		}
		case 'order':
			return orderedLabels(q);
		default:
			return [rightAnswer(q)];
	}
}

/**
 * Writes one row per question: id, form, prompt, options, answer, explanation and source; a cell
 * a spreadsheet would run as a formula starts with `'` (see neutralizeCell).
 */
export function exportCsv(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const data = input.questions.map((q) => {
		const facts = factsOf(q);
		const explanation = explain(q, facts, input.sourceUrl);
		const join = (values: string[]) => values.map(oneLine).join(CSV_LIST);
		return [
			q.id,
			q.form,
			questionText(q),
			join(options(q)),
			join(answer(q)),
			explanationText({
				...explanation,
				sources: explanation.sources.map((s) => ({ ...s, url: undefined }))
			}),
			join(explanation.sources.map((s) => s.url ?? s.paragraph))
		];
	});
	return {
		filename: exportFilename(input.deckKey, 'csv'),
		mime: 'text/csv;charset=utf-8',
		data: csvText(CSV_COLUMNS, data),
		report: emptyReport()
	};
}

import {
	checkInput,
	emptyReport,
	exportFilename,
	type ExportFile,
	type ExportInput
} from './common.ts';

/** The JSON document of a deck or quiz, `{ format: 'factdeck-deck', version: 1, ... }`, as text. */
export function deckJson(body: object): string {
	return JSON.stringify({ format: 'factdeck-deck', version: 1, ...body }, null, 2) + '\n';
}

/** Writes a quiz as factdeck's own JSON: the deck's key, title and question ids, the questions, the facts. */
export function exportJson(input: ExportInput): ExportFile {
	checkInput(input);
	const deck = {
		key: input.deckKey,
		title: input.title,
		questions: input.questions.map((q) => q.id)
	};
	return {
		filename: exportFilename(input.deckKey, 'json'),
		mime: 'application/json',
		data: deckJson({ deck, questions: input.questions, facts: input.facts }),
		report: emptyReport()
	};
}

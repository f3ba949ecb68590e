import { exportAnki } from './anki.ts';
import type { ExportFile, ExportInput } from './common.ts';
import { exportCsv } from './csv.ts';
import { exportGift } from './gift.ts';
import { exportJson } from './json.ts';
import { exportKahoot } from './kahoot.ts';
import { exportMoodleXml } from './moodle-xml.ts';
import { exportQuizlet } from './quizlet.ts';

export { ExportError } from './common.ts';
export type { ExportFile, ExportInput, ExportReport } from './common.ts';
export { deckJson } from './json.ts';

/** The formats a quiz or deck can be exported to: `apkg` is the Anki package, `anki` Anki's text import. */
export const EXPORT_FORMATS = [
	'gift',
	'moodle-xml',
	'kahoot',
	'quizlet',
	'apkg',
	'anki',
	'csv',
	'json'
] as const;

/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a format's data is binary (a Uint8Array) rather than text. */
export function isBinaryFormat(format: ExportFormat): boolean {
	return format === 'kahoot' || format === 'apkg';
}

/**
 * Turns a quiz or deck into a file in `format`, with a report of the questions the format could
 * not hold. Throws an ExportError on broken questions and a RangeError on a bad time limit.
 */
export async function exportQuiz(format: ExportFormat, input: ExportInput): Promise<ExportFile> {
	switch (format) {
		case 'gift':
			return exportGift(input);
		case 'moodle-xml':
			return exportMoodleXml(input);
		case 'kahoot':
			return exportKahoot(input);
		case 'quizlet':
			return exportQuizlet(input);
		case 'apkg':
			// SQLite (sql.js and its WebAssembly) and the zip writer load only for this format.
			return (await import('./apkg.ts')).exportApkg(input);
		case 'anki':
			return exportAnki(input);
		case 'csv':
			return exportCsv(input);
		case 'json':
			return exportJson(input);
		default:
			throw new RangeError(`unknown export format "${String(format)}"`);
	}
}

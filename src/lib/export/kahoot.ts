import type { FactView } from '../questions/library.ts';
import type { ClientQuestion } from '../questions/types.ts';
import {
	checkInput,
	emptyReport,
	exportFilename,
	oneLine,
	type ExportFile,
	type ExportInput
} from './common.ts';

/** The limits of Kahoot's quiz spreadsheet template. */
export const KAHOOT = {
	sheet: 'Sheet1',
	/** The template's header row; questions start on the row below, numbered in column A. */
	headerRow: 8,
	headers: [
		'Question - max 120 characters',
		'Answer 1 - max 75 characters',
		'Answer 2 - max 75 characters',
		'Answer 3 - max 75 characters',
		'Answer 4 - max 75 characters',
		'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
		'Correct answer(s) - choose at least one'
	],
	question: 120,
	answer: 75,
	minAnswers: 2,
	maxAnswers: 4,
	times: [5, 10, 20, 30, 60, 90, 120, 240],
	defaultTime: 20
} as const;

/** The time limit Kahoot allows that is the nearest at or above `seconds` (240 at most). */
export function kahootTime(seconds: number = KAHOOT.defaultTime): number {
	if (!Number.isFinite(seconds) || seconds <= 0)
		throw new RangeError(`a time limit must be a positive number of seconds, not ${seconds}`);
	return KAHOOT.times.find((allowed) => allowed >= seconds) ?? KAHOOT.times.at(-1)!;
}

// Openings that only say the article is the source; the rest of the sentence stands without them.
const ARTICLE_OPENINGS = ['According to the article, ', 'In the article, '];

/**
 * The question text within Kahoot's limit, or undefined. The only cut is a leading "According to
 * the article, ", and only where the attribution adds nothing: the fact is the article's own and
 * not a claim (a claim without its source would read as plain truth).
 */
export function kahootQuestion(
	text: string,
	fact: FactView | undefined
): { text: string; shortened: boolean } | undefined {
	const whole = oneLine(text);
	if (whole.length <= KAHOOT.question) return { text: whole, shortened: false };
	if (!fact || fact.attribution !== 'article' || fact.kind === 'claim') return undefined;
	const opening = ARTICLE_OPENINGS.find((o) => whole.startsWith(o));
	if (!opening) return undefined;
	const rest = whole.slice(opening.length);
	const short = rest.charAt(0).toUpperCase() + rest.slice(1);
	return short.length <= KAHOOT.question ? { text: short, shortened: true } : undefined;
}

type Row = { question: string; answers: string[]; correct: number; shortened: boolean };

/** A question as a template row, or why it does not fit. */
function kahootRow(q: ClientQuestion, fact: FactView | undefined): Row | { reason: string } {
	if (q.form === 'cloze') return { reason: 'Kahoot has no fill-in-the-blank questions' };
	if (q.form !== 'choice' && q.form !== 'true-false')
		return {
			reason: `Kahoot quizzes take multiple choice and true-or-false questions, not ${q.form}`
		};
	const answers = q.form === 'choice' ? q.options.map(oneLine) : ['True', 'False'];
	if (answers.length < KAHOOT.minAnswers || answers.length > KAHOOT.maxAnswers)
		return { reason: `Kahoot takes 2 to 4 answers; this question has ${answers.length}` };
	const long = answers.find((a) => a.length > KAHOOT.answer);
	if (long) return { reason: `an answer is longer than ${KAHOOT.answer} characters: "${long}"` };
	const question = kahootQuestion(q.form === 'choice' ? q.prompt : q.statement, fact);
	if (!question)
		return {
			reason: `the question is longer than ${KAHOOT.question} characters and cannot be cut without losing meaning`
		};
	const correct = q.form === 'choice' ? q.answer + 1 : q.answer ? 1 : 2;
	return { question: question.text, answers, correct, shortened: question.shortened };
}

/** Writes the multiple choice and true-or-false questions as Kahoot's quiz spreadsheet (.xlsx). */
export async function exportKahoot(input: ExportInput): Promise<ExportFile> {
	const factsOf = checkInput(input);
	const time = kahootTime(input.timeLimit);
	const report = emptyReport();
	const rows: Row[] = [];
	for (const q of input.questions) {
		const row = kahootRow(q, factsOf(q)[0]);
		if ('reason' in row) report.left.push({ question: q.id, reason: row.reason });
		else {
			rows.push(row);
			if (row.shortened) report.shortened.push({ question: q.id, field: 'question' });
		}
	}

	// exceljs is large: it loads only when someone asks for a Kahoot file.
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'factdeck';
	const sheet = workbook.addWorksheet(KAHOOT.sheet);
	sheet.getCell('B2').value = 'Quiz template';
	sheet.getCell('B2').font = { bold: true, size: 14 };
	sheet.getCell('B3').value =
		`${oneLine(input.title)} (${oneLine(input.deckKey)}), exported by factdeck.`;
	sheet.getCell('B4').value =
		'Questions have a limit of 120 characters and answers 75; the correct answer is its number.';
	sheet.getCell('B5').value =
		'Import this file in Kahoot: create a kahoot, then add a question by importing a spreadsheet.';
	const header = sheet.getRow(KAHOOT.headerRow);
	KAHOOT.headers.forEach((title, i) => (header.getCell(i + 2).value = title));
	header.font = { bold: true };
	rows.forEach((row, i) => {
		const line = sheet.getRow(KAHOOT.headerRow + 1 + i);
		// Column A numbers the questions, as in the template; B to H are the columns Kahoot reads.
		line.getCell(1).value = i + 1;
		line.getCell(2).value = row.question;
		row.answers.forEach((answer, a) => (line.getCell(3 + a).value = answer));
		line.getCell(7).value = time;
		line.getCell(8).value = row.correct;
	});
	sheet.getColumn(1).width = 5;
	sheet.getColumn(2).width = 60;
	for (const column of [3, 4, 5, 6]) sheet.getColumn(column).width = 30;
	sheet.getColumn(7).width = 16;
	sheet.getColumn(8).width = 16;

	const buffer = await workbook.xlsx.writeBuffer();
	return {
		filename: exportFilename(input.deckKey, 'kahoot.xlsx'),
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		data: new Uint8Array(buffer),
		report
	};
}

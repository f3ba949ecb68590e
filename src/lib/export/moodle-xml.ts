import { XMLBuilder } from 'fast-xml-parser';
import type { ClientQuestion } from '../questions/types.ts';
import {
	acceptedAnswers,
	checkInput,
	emptyReport,
	escapeHtml,
	explain,
	explanationHtml,
	exportFilename,
	htmlParagraph,
	matchPairs,
	oneLine,
	orderedLabels,
	questionText,
	type ExportFile,
	type ExportInput
} from './common.ts';

/** An HTML field: Moodle's `<text>` holding markup, which the builder escapes as XML text. */
function html(markup: string) {
	return { '@_format': 'html', text: markup };
}

/** A plain-text `<text>` element; the builder escapes it. */
function plain(text: string) {
	return { text: oneLine(text) };
}

/** An `<answer>`: its fraction is a percentage of the mark, or for ordering the item's place. */
function answer(fraction: number, text: object, extra: object = {}) {
	return { '@_fraction': String(fraction), ...text, ...extra };
}

/** The elements of one question after its name, text and feedback, by Moodle question type. */
function body(q: ClientQuestion): { type: string; fields: object } {
	switch (q.form) {
		case 'choice':
			return {
				type: 'multichoice',
				fields: {
					single: 'true',
					shuffleanswers: 'true',
					answernumbering: 'abc',
					answer: q.options.map((option, i) =>
						answer(i === q.answer ? 100 : 0, html(escapeHtml(oneLine(option))))
					)
				}
			};
		case 'true-false':
			return {
				type: 'truefalse',
				fields: {
					answer: [
						answer(q.answer ? 100 : 0, { '@_format': 'moodle_auto_format', text: 'true' }),
						answer(q.answer ? 0 : 100, { '@_format': 'moodle_auto_format', text: 'false' })
					]
				}
			};
		case 'typed':
			return {
				type: 'shortanswer',
				fields: {
					usecase: '0',
					// In Moodle's short answers `*` matches anything; a literal one is escaped.
					answer: acceptedAnswers(q).map((text) =>
						answer(100, { '@_format': 'moodle_auto_format', ...plain(text.replace(/\*/g, '\\*')) })
					)
				}
			};
		case 'numeric': {
			const unit = q.answer.unit ? ` (${q.answer.unit})` : '';
			return {
				type: 'numerical',
				fields: {
					answer: answer(
						100,
						{ '@_format': 'moodle_auto_format', text: String(q.answer.value) },
						{
							tolerance: String(q.answer.year ? 0 : q.answer.tolerance),
							feedback: html(
								htmlParagraph(`The article writes “${oneLine(q.answer.text)}”${unit}.`)
							)
						}
					),
					unitgradingtype: '0',
					unitpenalty: '0.1000000',
					showunits: '3',
					unitsleft: '0'
				}
			};
		}
		case 'order':
			return {
				type: 'ordering',
				fields: {
					layouttype: 'VERTICAL',
					selecttype: 'ALL',
					selectcount: String(q.items.length),
					// Credit for each item placed right relative to all the others, as factdeck grades.
					gradingtype: 'RELATIVE_ALL_PREVIOUS_AND_NEXT',
					showgrading: 'SHOW',
					numberingstyle: 'none',
					// The answers in the right order: Moodle takes their order as the solution.
					answer: orderedLabels(q).map((label, i) => answer(i + 1, html(escapeHtml(label))))
				}
			};
		case 'cloze':
			return q.options
				? body({
						...q,
						form: 'choice',
						options: q.options,
						answer: q.options.indexOf(q.answer.text)
					})
				: body({ ...q, form: 'typed', answer: q.answer });
		case 'match':
			return {
				type: 'matching',
				fields: {
					shuffleanswers: 'true',
					subquestion: matchPairs(q).map(([left, right]) => ({
						...html(escapeHtml(left)),
						answer: plain(right)
					}))
				}
			};
	}
}

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '  ',
	suppressBooleanAttributes: false,
	suppressEmptyNode: false
});

// Why an ordering question is left out when asked, as the report says it.
const ORDERING_LEFT_OUT =
	'as asked: Moodle before 4.4 has no ordering question type and would stop the whole import';

/**
 * Writes a quiz as Moodle XML: every form, ordering as Moodle's ordering type, built into Moodle
 * only from 4.4 (an older Moodle stops the whole import at the first one and saves nothing), so
 * `omitOrdering` leaves those out, each listed in the report.
 */
export function exportMoodleXml(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const report = emptyReport();
	// Moodle separates category levels with `/` and writes a literal one as `//`.
	const category = oneLine(input.title).replace(/\//g, '//');
	const kept = input.questions.filter((q) => {
		if (!input.omitOrdering || q.form !== 'order') return true;
		report.left.push({ question: q.id, reason: ORDERING_LEFT_OUT });
		return false;
	});
	const questions = kept.map((q) => {
		const explanation = explain(q, factsOf(q), input.sourceUrl);
		const { type, fields } = body(q);
		return {
			'@_type': type,
			name: plain(q.id),
			questiontext: html(
				htmlParagraph(
					q.form === 'true-false' ? q.statement : q.form === 'cloze' ? questionText(q) : q.prompt
				)
			),
			generalfeedback: html(explanationHtml(explanation)),
			defaultgrade: '1',
			penalty: q.form === 'true-false' ? '1' : '0.3333333',
			hidden: '0',
			...fields
		};
	});
	const xml = builder.build({
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		quiz: {
			question: [
				{
					'@_type': 'category',
					category: { text: `$course$/top/factdeck/${category}` },
					info: { '@_format': 'html', text: '' }
				},
				...questions
			]
		}
	});
	return {
		filename: exportFilename(input.deckKey, 'moodle.xml'),
		mime: 'application/xml',
		data: xml,
		report
	};
}

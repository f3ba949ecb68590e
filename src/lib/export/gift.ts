import type { ClientQuestion } from '../questions/types.ts';
import {
	acceptedAnswers,
	checkInput,
	emptyReport,
	explain,
	explanationText,
	exportFilename,
	matchPairs,
	oneLine,
	questionText,
	type ExportFile,
	type ExportInput
} from './common.ts';

/**
 * Text as GIFT reads it: on one line, with `\ ~ = # { } :` each escaped by a backslash (the set
 * Moodle's own GIFT writer escapes). In a title Moodle and gift-pegjs read it back unchanged;
 * elsewhere use giftText, which also guards a leading `[` or `%`.
 */
export function escapeGift(text: string): string {
	return oneLine(text).replace(/[\\~=#{}:]/g, (char) => `\\${char}`);
}

/** The GIFT text formats factdeck writes: Moodle's default, and plain text for `<` and `&`. */
export type GiftFormat = 'moodle' | 'plain';

/**
 * Escaped text, behind an explicit format marker when it starts with `[` or `%`: a leading
 * `[html]` would otherwise be read as a format, a leading `%50%` as an answer's weight.
 */
export function giftText(text: string, format: GiftFormat): string {
	const escaped = escapeGift(text);
	return /^[[%]/.test(escaped) ? `[${format}]${escaped}` : escaped;
}

/** A number as GIFT writes it: digits, a sign and a point, never an exponent. */
function giftNumber(value: number): string | undefined {
	const text = String(value);
	return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}

/** Moodle's accepted short answers: `*` matches anything there, so a literal one is escaped. */
function shortAnswer(text: string): string {
	return text.replace(/\*/g, '\\*');
}

/**
 * Why Moodle would misread a question for a `->` in it, if it would. Moodle takes the general
 * feedback off before it looks for `->`, and decides a choice (`~`) or a number (`#`) first, so
 * an arrow there or in any stem is read as text. Only two places are left, and GIFT has no
 * escape for `->`: a short answer's answers (`=` and `->` together make Moodle read a matching
 * question) and the left side of a matching pair (Moodle splits a pair at its first `->`).
 */
function arrowProblem(q: ClientQuestion): string | undefined {
	const typedAnswers = q.form === 'typed' || (q.form === 'cloze' && !q.options);
	if (typedAnswers && acceptedAnswers(q).some((answer) => answer.includes('->')))
		return 'an accepted answer contains "->", which Moodle would read as a matching pair';
	if (q.form === 'match' && matchPairs(q).some(([left]) => left.includes('->')))
		return 'the left side of a pair contains "->", where Moodle would split the pair';
	return undefined;
}

/** The texts a question writes between its braces, besides its general feedback. */
function answerTexts(q: ClientQuestion): string[] {
	switch (q.form) {
		case 'choice':
			return q.options;
		case 'typed':
			return acceptedAnswers(q);
		case 'numeric':
			return [q.answer.text, q.answer.unit ?? ''];
		case 'match':
			return [...q.left, ...q.right];
		case 'cloze':
			return q.options ?? acceptedAnswers(q);
		default:
			return [];
	}
}

/** One question in GIFT, or why GIFT cannot hold it. */
function giftQuestion(
	q: ClientQuestion,
	feedback: string,
	title: string
): { text: string } | { reason: string } {
	if (q.form === 'order') return { reason: 'GIFT has no ordering question type' };
	const arrow = arrowProblem(q);
	if (arrow) return { reason: arrow };
	// Plain text keeps `<` and `&` literal in Moodle; the default format would read them as HTML.
	const texts = [giftStem(q), ...answerTexts(q), feedback];
	const format: GiftFormat = texts.some((text) => /[<>&]/.test(text)) ? 'plain' : 'moodle';
	const stem =
		format === 'plain' ? `[plain]${escapeGift(giftStem(q))}` : giftText(giftStem(q), format);
	const general = `\t####${giftText(feedback, format)}\n`;
	const head = `::${escapeGift(title)}::${stem} {`;
	switch (q.form) {
		case 'choice': {
			const options = q.options.map(
				(option, i) => `\t${i === q.answer ? '=' : '~'}${giftText(option, format)}\n`
			);
			return { text: `${head}\n${options.join('')}${general}}` };
		}
		case 'true-false':
			return { text: `${head}${q.answer ? 'TRUE' : 'FALSE'}\n${general}}` };
		case 'typed': {
			const answers = acceptedAnswers(q).map((a) => `\t=${giftText(shortAnswer(a), format)}\n`);
			return { text: `${head}\n${answers.join('')}${general}}` };
		}
		case 'numeric': {
			const value = giftNumber(q.answer.value);
			const tolerance = giftNumber(q.answer.year ? 0 : q.answer.tolerance);
			if (value === undefined || tolerance === undefined)
				return { reason: 'its number cannot be written without an exponent' };
			const unit = q.answer.unit ? ` (${q.answer.unit})` : '';
			const said = `The article writes “${oneLine(q.answer.text)}”${unit}.`;
			return {
				text: `${head}#\n\t=${value}:${tolerance}#${giftText(said, format)}\n${general}}`
			};
		}
		case 'match': {
			const pairs = matchPairs(q).map(
				([left, right]) => `\t=${giftText(left, format)} -> ${escapeGift(right)}\n`
			);
			return { text: `${head}\n${pairs.join('')}${general}}` };
		}
		case 'cloze': {
			// Options make it a multiple choice; otherwise Moodle compares what is typed, as a short answer.
			const answers = q.options
				? q.options.map((o) => `\t${o === q.answer.text ? '=' : '~'}${giftText(o, format)}\n`)
				: acceptedAnswers(q).map((a) => `\t=${giftText(shortAnswer(a), format)}\n`);
			return { text: `${head}\n${answers.join('')}${general}}` };
		}
	}
}

/** The question text: a true-or-false question's statement, a cloze's prompt and sentence. */
function giftStem(q: ClientQuestion): string {
	return q.form === 'cloze' ? questionText(q) : q.form === 'true-false' ? q.statement : q.prompt;
}

/** Writes a quiz as a Moodle GIFT file; ordering questions are left out (GIFT has none). */
export function exportGift(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const report = emptyReport();
	// Moodle separates category levels with `/` and writes a literal one as `//`.
	const category = oneLine(input.title).replace(/\//g, '//');
	const blocks = [
		`// ${oneLine(input.title)} (${oneLine(input.deckKey)}), exported by factdeck`,
		`$CATEGORY: $course$/top/factdeck/${category}`
	];
	for (const q of input.questions) {
		const feedback = explanationText(explain(q, factsOf(q), input.sourceUrl));
		const written = giftQuestion(q, feedback, q.id);
		if ('reason' in written) report.left.push({ question: q.id, reason: written.reason });
		else blocks.push(written.text);
	}
	return {
		filename: exportFilename(input.deckKey, 'gift.txt'),
		mime: 'text/plain;charset=utf-8',
		data: blocks.join('\n\n') + '\n',
		report
	};
}

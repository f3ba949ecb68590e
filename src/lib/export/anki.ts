import Papa from 'papaparse';
import type { FactView } from '../questions/library.ts';
import type { ClientQuestion } from '../questions/types.ts';
import {
	checkInput,
	emptyReport,
	explainFacts,
	explanationText,
	exportFilename,
	occurrences,
	oneLine,
	orderedLabels,
	questionText,
	rightAnswer,
	type ExportFile,
	type ExportInput,
	type FactsOf
} from './common.ts';
import { factKey } from '../ids.ts';

/** The columns of the file, in order; the headers name the note type, deck and tags columns. */
export const ANKI_COLUMNS = ['Note type', 'Deck', 'Front / Text', 'Back / Back Extra', 'Tags'];

/** One note: Anki's stock Basic (Front, Back) or Cloze (Text, Back Extra) note type. */
interface Note {
	type: 'Basic' | 'Cloze';
	first: string;
	second: string;
	tags: string[];
}

/** A cloze note being built: a statement, the spans it hides (c1, c2, ... in order), the facts. */
interface Cloze {
	statement: string;
	spans: { start: number; end: number }[];
	facts: FactView[];
	tags: string[];
}

/** Where a fact's answer sits in its statement, or undefined where a cloze cannot hide it. */
function clozeSpan(statement: string, answer: string): { start: number; end: number } | undefined {
	// Braces would end or nest a deletion, and "::" would start a hint.
	if (/[{}]/.test(statement) || answer.includes('::') || occurrences(statement, answer) !== 1)
		return undefined;
	const start = statement.indexOf(answer);
	return { start, end: start + answer.length };
}

/** The statement with each span as a deletion, numbered in the order the facts were added. */
function clozeText(statement: string, spans: { start: number; end: number }[]): string {
	const numbered = spans
		.map((span, i) => ({ ...span, n: i + 1 }))
		.sort((a, b) => a.start - b.start);
	let text = '';
	let at = 0;
	for (const { start, end, n } of numbered) {
		text += `${statement.slice(at, start)}{{c${n}::${statement.slice(start, end)}}}`;
		at = end;
	}
	return text + statement.slice(at);
}

/** Anki tags hold no spaces. */
function tag(text: string): string {
	return oneLine(text).replace(/\s/g, '_');
}

/** An order or match question as one Basic note: it tests how facts relate, not one fact. */
function questionNote(q: Extract<ClientQuestion, { form: 'order' | 'match' }>, back: string): Note {
	const shown = q.form === 'order' ? q.items.map((item) => item.label) : q.left;
	const answer = q.form === 'order' ? orderedLabels(q).join(' → ') : rightAnswer(q);
	return {
		type: 'Basic',
		first: `${oneLine(q.prompt)} ${shown.map(oneLine).join(' · ')}`,
		second: `${answer} — ${back}`,
		tags: ['factdeck', tag(q.article), q.form]
	};
}

/**
 * The notes of a quiz: one per fact it asks about, a cloze of the fact's statement where one fits
 * (facts sharing a statement share a note, one deletion each), else a Basic note of the question;
 * and one Basic note per order or match question.
 */
function notesOf(input: ExportInput, factsOf: FactsOf) {
	const notes: (Note | Cloze)[] = [];
	const left: { question: string; reason: string }[] = [];
	const noted = new Map<string, string>();
	const clozes = new Map<string, Cloze>();
	for (const q of input.questions) {
		const back = explanationText(explainFacts(factsOf(q), input.sourceUrl));
		if (q.form === 'order' || q.form === 'match') {
			notes.push(questionNote(q, back));
			continue;
		}
		const fact = factsOf(q)[0];
		const key = factKey(fact.article, fact.id);
		const first = noted.get(key);
		if (first !== undefined) {
			left.push({ question: q.id, reason: `its fact is already a note, from question ${first}` });
			continue;
		}
		noted.set(key, q.id);
		// A cloze question brings the article's own sentence; other questions the fact's statement.
		const statement = oneLine(
			q.form === 'cloze' ? `${q.before}${q.answer.text}${q.after}` : fact.statement
		);
		const span = clozeSpan(statement, oneLine(fact.answer));
		const tags = ['factdeck', tag(fact.article), tag(fact.kind)];
		const shared = clozes.get(statement);
		const overlaps = (note: Cloze) =>
			span !== undefined && note.spans.some((s) => s.start < span.end && span.start < s.end);
		if (span && shared && !overlaps(shared)) {
			shared.spans.push(span);
			shared.facts.push(fact);
			for (const t of tags) if (!shared.tags.includes(t)) shared.tags.push(t);
		} else if (span) {
			const note: Cloze = { statement, spans: [span], facts: [fact], tags };
			if (!shared) clozes.set(statement, note);
			notes.push(note);
		} else
			notes.push({
				type: 'Basic',
				first: questionText(q),
				second: `${rightAnswer(q)} — ${back}`,
				tags
			});
	}
	const rendered = notes.map((note): Note =>
		'spans' in note
			? {
					type: 'Cloze',
					first: clozeText(note.statement, note.spans),
					second: explanationText(explainFacts(note.facts, input.sourceUrl)),
					tags: note.tags
				}
			: note
	);
	return { notes: rendered, left };
}

/**
 * Writes a quiz for Anki's text import (Anki 2.1.55+): one note per fact, a Cloze of the fact's
 * statement where it fits, and a Basic note per order or match question. The header lines set the
 * separator, plain text (Anki escapes it), and which columns hold the note type, deck and tags.
 */
export function exportAnki(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const { notes, left } = notesOf(input, factsOf);
	// "::" separates Anki's deck levels: the quiz is one deck under "factdeck".
	const deck = `factdeck::${oneLine(input.title).replace(/::/g, ':') || 'quiz'}`;
	const rows = notes.map((note) => [
		note.type,
		deck,
		oneLine(note.first),
		oneLine(note.second),
		note.tags.join(' ')
	]);
	// A deck column, unlike "#deck:", creates the deck when it does not exist yet.
	const headers = [
		'#separator:tab',
		'#html:false',
		'#notetype column:1',
		'#deck column:2',
		'#tags column:5',
		`#columns:${ANKI_COLUMNS.join('\t')}`
	];
	const body = Papa.unparse(rows, { delimiter: '\t', newline: '\n' });
	return {
		filename: exportFilename(input.deckKey, 'anki.txt'),
		mime: 'text/plain;charset=utf-8',
		data: `${headers.join('\n')}\n${body}\n`,
		report: { ...emptyReport(), left }
	};
}

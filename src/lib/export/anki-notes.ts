import { factKey } from '../ids.ts';
import type { FactView } from '../questions/library.ts';
import type { ClientQuestion } from '../questions/types.ts';
import {
	occurrences,
	oneLine,
	questionText,
	rightAnswer,
	type ExportInput,
	type FactsOf
} from './common.ts';

/** Where a cloze hides an answer in a statement. */
export interface Span {
	start: number;
	end: number;
}

/**
 * One Anki note, in plain text: a fact as a cloze of its own statement, or a question as a front
 * and its answer. `key` names what the note stands for (the fact, or a question on several facts),
 * the same in every export, so a package can give the note the same GUID each time.
 */
export type AnkiNote = { key: string; facts: FactView[]; tags: string[] } & (
	| { kind: 'cloze'; statement: string; span: Span }
	| { kind: 'basic'; front: string; answer: string }
);

/** Where a fact's answer sits in its statement, or undefined where a cloze cannot hide it. */
function clozeSpan(statement: string, answer: string): Span | undefined {
	// Braces would end or nest a deletion, and "::" would start a hint.
	if (/[{}]/.test(statement) || answer.includes('::') || occurrences(statement, answer) !== 1)
		return undefined;
	const start = statement.indexOf(answer);
	return { start, end: start + answer.length };
}

/** The statement with each span as a deletion, numbered in the order given (c1, c2, ...). */
export function clozeText(statement: string, spans: Span[]): string {
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

/** Each tag once, in the order first given. */
function tags(...lists: string[][]): string[] {
	return [...new Set(lists.flat().map(tag))];
}

/** The deck a quiz goes to: one deck under "factdeck" ("::" separates Anki's deck levels). */
export function ankiDeckName(title: string): string {
	return `factdeck::${oneLine(title).replace(/::/g, ':') || 'quiz'}`;
}

/** An order or match question as one note: it tests how facts relate, not one fact. */
function questionNote(
	q: Extract<ClientQuestion, { form: 'order' | 'match' }>,
	facts: FactView[]
): AnkiNote {
	const shown = q.form === 'order' ? q.items.map((item) => item.label) : q.left;
	return {
		kind: 'basic',
		key: q.id,
		front: `${oneLine(q.prompt)} ${shown.map(oneLine).join(' · ')}`,
		answer: rightAnswer(q),
		facts,
		tags: tags(['factdeck', q.article, q.form], ...facts.map((fact) => fact.tags))
	};
}

/**
 * The notes of a quiz, in quiz order: one per fact it asks about, a cloze of the fact's statement
 * where one fits, else the first question asking it as front and answer; and one note per order
 * or match question. Other questions on a fact already noted are left out, with the reason.
 */
export function ankiNotes(
	input: ExportInput,
	factsOf: FactsOf
): { notes: AnkiNote[]; left: { question: string; reason: string }[] } {
	const notes: AnkiNote[] = [];
	const left: { question: string; reason: string }[] = [];
	const noted = new Map<string, string>();
	for (const q of input.questions) {
		if (q.form === 'order' || q.form === 'match') {
			notes.push(questionNote(q, factsOf(q)));
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
		const common = {
			key,
			facts: [fact],
			tags: tags(['factdeck', fact.article, fact.kind], fact.tags)
		};
		notes.push(
			span
				? { ...common, kind: 'cloze', statement, span }
				: { ...common, kind: 'basic', front: questionText(q), answer: rightAnswer(q) }
		);
	}
	return { notes, left };
}

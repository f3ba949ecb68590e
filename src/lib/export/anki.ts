import Papa from 'papaparse';
import type { FactView } from '../questions/library.ts';
import { ankiDeckName, ankiNotes, clozeText, type AnkiNote, type Span } from './anki-notes.ts';
import {
	checkInput,
	emptyReport,
	explainFacts,
	explanationText,
	exportFilename,
	oneLine,
	type ExportFile,
	type ExportInput
} from './common.ts';

/** The columns of the file, in order; the headers name the note type, deck and tags columns. */
export const ANKI_COLUMNS = ['Note type', 'Deck', 'Front / Text', 'Back / Back Extra', 'Tags'];

/** One row: Anki's stock Basic (Front, Back) or Cloze (Text, Back Extra) note type. */
interface Row {
	type: 'Basic' | 'Cloze';
	first: string;
	second: string;
	tags: string[];
}

/** A cloze row being built: a statement, the spans it hides (c1, c2, ... in order), the facts. */
interface Cloze {
	statement: string;
	spans: Span[];
	facts: FactView[];
	tags: string[];
}

/**
 * The rows of the notes: facts sharing a statement share a cloze, one deletion each, since Anki's
 * text import takes a second note with the same first field for a duplicate.
 */
function rowsOf(notes: AnkiNote[], sourceUrl: ExportInput['sourceUrl']): Row[] {
	const back = (facts: FactView[]) => explanationText(explainFacts(facts, sourceUrl));
	const rows: (Row | Cloze)[] = [];
	const clozes = new Map<string, Cloze>();
	for (const note of notes) {
		if (note.kind === 'basic') {
			rows.push({
				type: 'Basic',
				first: note.front,
				second: `${note.answer} — ${back(note.facts)}`,
				tags: note.tags
			});
			continue;
		}
		const { span } = note;
		const shared = clozes.get(note.statement);
		if (shared && !shared.spans.some((s) => s.start < span.end && span.start < s.end)) {
			shared.spans.push(span);
			shared.facts.push(...note.facts);
			for (const t of note.tags) if (!shared.tags.includes(t)) shared.tags.push(t);
			continue;
		}
		const cloze: Cloze = {
			statement: note.statement,
			spans: [span],
			facts: [...note.facts],
			tags: [...note.tags]
		};
		if (!shared) clozes.set(note.statement, cloze);
		rows.push(cloze);
	}
	return rows.map((row): Row =>
		'spans' in row
			? {
					type: 'Cloze',
					first: clozeText(row.statement, row.spans),
					second: back(row.facts),
					tags: row.tags
				}
			: row
	);
}

/**
 * Writes a quiz for Anki's text import (Anki 2.1.55+), which finds the note types by name: only an
 * English Anki has the stock Basic and Cloze it names (the Anki package carries its own). One note
 * per fact, a Cloze of the fact's statement where it fits, and a Basic note per order or match
 * question. The header lines set the separator, plain text (Anki escapes it), and which columns
 * hold the note type, deck and tags.
 */
export function exportAnki(input: ExportInput): ExportFile {
	const factsOf = checkInput(input);
	const { notes, left } = ankiNotes(input, factsOf);
	const deck = ankiDeckName(input.title);
	const rows = rowsOf(notes, input.sourceUrl).map((row) => [
		row.type,
		deck,
		oneLine(row.first),
		oneLine(row.second),
		row.tags.join(' ')
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

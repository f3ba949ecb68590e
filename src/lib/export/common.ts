import { expectedAnswer, stemOf } from '../questions/grade.ts';
import type { FactView } from '../questions/library.ts';
import { normalize } from '../questions/text.ts';
import type { ClientQuestion, TypedAnswer } from '../questions/types.ts';
import { factKey } from '../ids.ts';

/** What every exporter takes: a quiz or a deck, its facts, and how to link to the article. */
export interface ExportInput {
	/** Deck or class quiz title, e.g. "The whole article" or "Class quiz ABCD-EFGH". */
	title: string;
	/** Used in file names and Anki deck names, e.g. "mali-france-russia/all". */
	deckKey: string;
	/** The questions, in quiz order. */
	questions: ClientQuestion[];
	/** The facts behind the questions (for feedback and explanations). */
	facts: FactView[];
	/** Absolute or relative URL of a fact's paragraph, for feedback links; optional. */
	sourceUrl?: (fact: FactView) => string;
	/** Seconds a Kahoot question stays open, raised to the next value Kahoot allows; 20 if unset. */
	timeLimit?: number;
	/** Moodle XML: leave ordering questions out, for a Moodle older than 4.4, which cannot import them. */
	omitOrdering?: boolean;
	/** When the file is made: an Anki package dates its notes with it, so a newer file updates them. */
	now: Date;
	/** Where the page serves sql.js's WebAssembly; unset in Node, which reads it from the package. */
	sqlWasmUrl?: string;
}

/** What a format could not carry: questions left out, and questions shortened to fit. */
export interface ExportReport {
	left: { question: string; reason: string }[];
	shortened: { question: string; field: string }[];
}

/** A file ready to save, with its report. */
export interface ExportFile {
	filename: string;
	mime: string;
	data: string | Uint8Array<ArrayBuffer>;
	report: ExportReport;
}

/** Broken input: a question no format can write as it is, or a fact it needs that is missing. */
export class ExportError extends Error {}

/** An empty report, for a format to fill. */
export function emptyReport(): ExportReport {
	return { left: [], shortened: [] };
}

// C0 and C1 controls, DEL, the two non-characters XML forbids, and lone surrogate halves.
const UNWRITABLE =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text on one line: controls dropped, each run of whitespace one space, no space at either end. */
export function oneLine(text: string): string {
	return text.replace(UNWRITABLE, '').replace(/\s+/g, ' ').trim();
}

/** `factdeck-<deck key with every run of other characters as one dash>.<extension>`. */
export function exportFilename(deckKey: string, extension: string): string {
	const slug = deckKey
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `factdeck-${slug || 'deck'}.${extension}`;
}

/** How many times `needle` occurs in `text`, without overlaps. */
export function occurrences(text: string, needle: string): number {
	return needle === '' ? 0 : text.split(needle).length - 1;
}

/** The facts behind one question, in the order it lists them. */
export type FactsOf = (question: ClientQuestion) => FactView[];

function problem(question: ClientQuestion, message: string): ExportError {
	return new ExportError(`question "${question.id}": ${message}`);
}

function isPermutation(values: readonly unknown[], of: readonly unknown[]): boolean {
	return (
		values.length === of.length &&
		new Set(values).size === of.length &&
		of.every((v) => values.includes(v))
	);
}

/** Throws an ExportError naming the first question that no format could write faithfully. */
function checkQuestion(q: ClientQuestion): void {
	const blank = (text: unknown) => typeof text !== 'string' || oneLine(text) === '';
	if (blank(q.id)) throw new ExportError('a question has no id');
	if (blank(q.prompt)) throw problem(q, 'the prompt is empty');
	switch (q.form) {
		case 'choice':
			if (q.options.length < 2) throw problem(q, 'a choice question needs two options at least');
			if (q.options.some(blank)) throw problem(q, 'an option is empty');
			if (!Number.isInteger(q.answer) || q.options[q.answer] === undefined)
				throw problem(q, `the right option ${q.answer} is not one of the ${q.options.length}`);
			return;
		case 'true-false':
			if (blank(q.statement)) throw problem(q, 'the statement is empty');
			if (typeof q.answer !== 'boolean') throw problem(q, 'the answer is not true or false');
			return;
		case 'typed':
			if (blank(q.answer.text)) throw problem(q, 'the answer is empty');
			return;
		case 'numeric':
			if (blank(q.answer.text)) throw problem(q, 'the answer is empty');
			if (!Number.isFinite(q.answer.value)) throw problem(q, 'the answer is not a number');
			if (!(q.answer.tolerance >= 0)) throw problem(q, 'the tolerance is negative or not a number');
			return;
		case 'order': {
			if (q.items.length < 2) throw problem(q, 'an order question needs two items at least');
			if (q.items.some((item) => blank(item.label))) throw problem(q, 'an item is empty');
			const items = q.items.map((item) => item.fact);
			if (!isPermutation(q.answer, items))
				throw problem(q, 'the answer does not order every item once');
			return;
		}
		case 'match': {
			const n = q.left.length;
			if (n < 2) throw problem(q, 'a match question needs two pairs at least');
			if (q.right.length !== n) throw problem(q, 'the two sides differ in length');
			if ([...q.left, ...q.right].some(blank)) throw problem(q, 'an item is empty');
			const indexes = Array.from({ length: n }, (_, i) => i);
			if (!isPermutation(q.answer, indexes))
				throw problem(q, 'the answer does not pair every item once');
			return;
		}
		case 'cloze':
			if (blank(q.answer.text)) throw problem(q, 'the answer is empty');
			if (blank(`${q.before}${q.after}`))
				throw problem(q, 'the sentence around the blank is empty');
			if (q.options && (q.options.some(blank) || !q.options.includes(q.answer.text)))
				throw problem(q, 'the options do not hold the answer, or one is empty');
			return;
	}
}

/**
 * Checks the input every exporter relies on and returns a lookup of each question's facts.
 * Throws an ExportError on a broken question, a repeated id or a fact missing from `facts`.
 */
export function checkInput(input: ExportInput): FactsOf {
	const facts = new Map(input.facts.map((fact) => [factKey(fact.article, fact.id), fact]));
	const seen = new Set<string>();
	for (const question of input.questions) {
		checkQuestion(question);
		if (seen.has(question.id)) throw problem(question, 'the id is used twice');
		seen.add(question.id);
		for (const id of question.facts)
			if (!facts.has(factKey(question.article, id)))
				throw problem(question, `its fact "${id}" is not among the facts given`);
	}
	return (question) => question.facts.map((id) => facts.get(factKey(question.article, id))!);
}

/** The question as a learner reads it, on one line, with its statement or sentence when it has one. */
export function questionText(q: ClientQuestion): string {
	const stem = stemOf(q);
	return oneLine(stem === q.prompt ? q.prompt : `${q.prompt} ${stem}`);
}

/** Order items' labels, earliest first. */
export function orderedLabels(q: Extract<ClientQuestion, { form: 'order' }>): string[] {
	const labels = new Map(q.items.map((item) => [item.fact, item.label]));
	return q.answer.map((fact) => oneLine(labels.get(fact)!));
}

/** Match pairs as [left, right], in the order the left items are shown. */
export function matchPairs(q: Extract<ClientQuestion, { form: 'match' }>): [string, string][] {
	return q.left.map((left, i) => [oneLine(left), oneLine(q.right[q.answer[i]])]);
}

/** The right answer on one line: the option, True/False, the article's wording, the order, the pairs. */
export function rightAnswer(q: ClientQuestion): string {
	return oneLine(expectedAnswer(q));
}

/**
 * The answers a typed question accepts, for formats that compare answers as written (Moodle): the
 * article's wording, its aliases, then their normalized forms (accents, punctuation and a leading
 * article dropped), so Moodle accepts what factdeck's grader accepts; each once, ignoring case.
 */
export function acceptedAnswers(q: { answer: TypedAnswer }): string[] {
	const written = [q.answer.text, ...q.answer.aliases].map(oneLine);
	const seen = new Set<string>();
	return [...written, ...written.map(normalize)].filter((answer) => {
		const key = answer.toLowerCase();
		if (answer === '' || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** One passage of the article behind an answer. */
export interface Source {
	quote: string;
	/** "paragraph 7" for the paragraph id "p7"; other ids are kept as they are. */
	paragraph: string;
	url?: string;
}

/** What explains an answer: a correction for a false statement, the article's words, notes. */
export interface Explanation {
	correction?: string;
	sources: Source[];
	notes: string[];
}

/** A link only to a web address: an exported file never carries `javascript:` or other schemes. */
function linkTo(url: string | undefined): { url?: string } {
	if (url === undefined || !URL.canParse(url)) return {};
	return ['http:', 'https:'].includes(new URL(url).protocol) ? { url: oneLine(url) } : {};
}

/** The article's words behind some facts, each passage and note once, with links to web addresses. */
export function explainFacts(
	facts: FactView[],
	sourceUrl?: (fact: FactView) => string
): Explanation {
	const sources = new Map<string, Source>();
	for (const fact of facts) {
		const source: Source = {
			quote: oneLine(fact.quote),
			paragraph: `paragraph ${oneLine(fact.paragraph).replace(/^p(?=\d+$)/, '')}`,
			...linkTo(sourceUrl?.(fact))
		};
		// Two facts of one match question can rest on the same passage: it is quoted once.
		sources.set(`${source.quote}\n${source.paragraph}`, source);
	}
	const notes = new Set(facts.flatMap((fact) => (fact.note ? [oneLine(fact.note)] : [])));
	return { sources: [...sources.values()], notes: [...notes] };
}

/** Gathers what explains a question's answer: for a false statement the correction, then the facts. */
export function explain(
	q: ClientQuestion,
	facts: FactView[],
	sourceUrl?: (fact: FactView) => string
): Explanation {
	const explanation = explainFacts(facts, sourceUrl);
	if (q.form !== 'true-false' || q.answer) return explanation;
	const correction = q.correction
		? `False: ${oneLine(q.correction)}`
		: q.swap
			? `False: the article says “${oneLine(q.swap.from)}”, not “${oneLine(q.swap.to)}”.`
			: `False: ${oneLine(facts[0].statement)}`;
	return { correction, ...explanation };
}

/** An explanation as one line of plain text. */
export function explanationText(explanation: Explanation): string {
	const quotes = explanation.sources
		.map((s) => `“${s.quote}” (${s.paragraph}${s.url ? `: ${s.url}` : ''})`)
		.join('; ');
	return [
		explanation.correction,
		quotes && `The article: ${quotes}.`,
		...explanation.notes.map((note) => `Note: ${note}`)
	]
		.filter(Boolean)
		.join(' ');
}

/** Text made safe to put in HTML: the characters HTML reads as markup, escaped. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Plain text as one HTML paragraph. */
export function htmlParagraph(text: string): string {
	return `<p>${escapeHtml(oneLine(text))}</p>`;
}

/** An explanation as HTML: the correction, each quote with a link to its paragraph, the notes. */
export function explanationHtml(explanation: Explanation): string {
	const sources = explanation.sources.map((s) => {
		const label = escapeHtml(s.paragraph);
		const where = s.url ? `<a href="${escapeHtml(s.url)}">${label}</a>` : label;
		return `<p>The article: “${escapeHtml(s.quote)}” (${where})</p>`;
	});
	return [
		...(explanation.correction ? [htmlParagraph(explanation.correction)] : []),
		...sources,
		...explanation.notes.map((note) => htmlParagraph(`Note: ${note}`))
	].join('');
}

import { paragraphsOf, renderedText, type Article } from './article.ts';
import type { Problem } from './problems.ts';
import { parseList, readYaml } from './yaml.ts';
import { FactSchema, type DraftFact, type Fact, type FactKind } from './schema.ts';
import { isoDate, isoParts, parseDate, yearsOf } from '../questions/format.ts';

/** Kinds whose answer is a date, so `answer.date` is required. */
const DATED_KINDS: readonly FactKind[] = ['date', 'event'];

/**
 * Parses facts.yaml against the schema and against its article: paragraphs exist,
 * quotes are verbatim in their paragraph, ids are unique, answers fit their kind. Draft facts
 * (`draft: true`) are checked the same way but returned apart, since they stay out of decks.
 */
export function parseFacts(
	file: string,
	source: string,
	article: Article
): { facts: Fact[]; drafts: DraftFact[]; problems: Problem[] } {
	const yaml = readYaml(file, source);
	const parsed = parseList(file, yaml, FactSchema, 'facts');
	const problems = [...parsed.problems];

	const paragraphs = new Map(paragraphsOf(article).map((p) => [p.id, p]));
	const seen = new Map<string, number>();
	const facts: Fact[] = [];
	const drafts: DraftFact[] = [];
	for (const { value: fact, index } of parsed.items) {
		const at = (path: (string | number)[], message: string) =>
			problems.push({
				file,
				line: yaml.lineOf([index, ...path]),
				message: `fact ${fact.id}: ${message}`
			});
		const before = problems.length;
		if (seen.has(fact.id)) at(['id'], `duplicate id (first used on line ${seen.get(fact.id)})`);
		else seen.set(fact.id, yaml.lineOf([index, 'id']));

		const paragraph = paragraphs.get(fact.paragraph);
		if (!paragraph) at(['paragraph'], `unknown paragraph id "${fact.paragraph}"`);
		else if (!paragraph.text.includes(fact.quote))
			at(['quote'], quoteNotFound(fact.quote, fact.paragraph, paragraph.text));

		if (fact.statement !== undefined) {
			const problem = statementProblem(fact.statement, fact.answer.text);
			if (problem) at(['statement'], problem);
		}
		if (fact.falseStatement !== undefined && fact.falseStatement === fact.statement)
			at(
				['falseStatement'],
				'the false statement is the true statement itself: write one that is false'
			);
		if (fact.kind === 'number' && fact.answer.value === undefined)
			at(['answer'], 'a number fact needs answer.value');
		if (fact.kind === 'number' && fact.answer.unit === undefined)
			at(['answer'], 'a number fact needs answer.unit');
		const problem = dateProblem(fact);
		if (problem) at(['answer', ...(fact.answer.date === undefined ? [] : ['date'])], problem);
		if (fact.timeline !== undefined && fact.answer.date === undefined)
			at(['timeline'], 'a timeline entry needs answer.date');
		if (fact.kind === 'claim' && fact.answer.distractors.length < 3)
			at(['answer', 'distractors'], 'a claim needs at least three authored distractors');
		if (fact.pair && !pairInQuote(fact.quote, fact.pair.left, fact.pair.right))
			at(
				['pair'],
				`neither side of the pair ("${fact.pair.left}", "${fact.pair.right}") is in the quote: one side must appear in it, so the matching question is grounded`
			);
		const answerKeys = [fact.answer.text, ...fact.answer.aliases].map((s) => s.toLowerCase());
		for (const [i, distractor] of fact.answer.distractors.entries())
			if (answerKeys.includes(distractor.toLowerCase()))
				at(['answer', 'distractors', i], `distractor "${distractor}" is the answer itself`);
		if (problems.length > before) continue;
		if (fact.draft) drafts.push(fact);
		else facts.push(fact);
	}
	// Facts to keep apart name other facts of the article, read once every id is known.
	parsed.items.forEach(({ value: fact, index }) =>
		(fact.apart ?? []).forEach((other, i) => {
			if (other === fact.id || !seen.has(other))
				problems.push({
					file,
					line: yaml.lineOf([index, 'apart', i]),
					message: `fact ${fact.id}: apart names ${other === fact.id ? 'the fact itself' : `"${other}", which is no fact of this article`}`
				});
		})
	);
	return { facts, drafts, problems };
}

/**
 * What is wrong with a fact's date, if anything. An answer written as a date ("24 May 2021",
 * "the early 1990s") gives `answer.date` when the author left it out; when both are given, they
 * must agree.
 */
function dateProblem(fact: Fact | DraftFact): string | undefined {
	const read = parseDate(fact.answer.text);
	const noYear = read?.shape.format === 'month-day' || read?.shape.format === 'day-month';
	if (fact.answer.date === undefined) {
		if (read && !noYear) fact.answer.date = isoDate(read.parts);
		else if (DATED_KINDS.includes(fact.kind))
			return read
				? `a ${fact.kind} fact needs answer.date: "${fact.answer.text}" names no year, so write the date in full, such as ${isoDate({ ...read.parts, year: 2021 })}`
				: `a ${fact.kind} fact needs answer.date (YYYY, YYYY-MM or YYYY-MM-DD), unless its answer is a date factdeck reads, such as 24 May 2021, May 2021, 2013–2014 or the early 1990s`;
		return undefined;
	}
	if (!read) return undefined;
	const date = isoParts(fact.answer.date);
	const [first, last] = yearsOf(read.parts, read.shape.format);
	const agrees =
		(noYear || (date.year >= first && date.year <= last)) &&
		(read.parts.month === undefined || date.month === read.parts.month) &&
		(read.parts.day === undefined || date.day === read.parts.day);
	return agrees
		? undefined
		: `answer.date ${fact.answer.date} is not the date the answer says ("${fact.answer.text}"): correct one of them, or leave answer.date out and factdeck reads it from the answer`;
}

/** Why a quote is not in its paragraph, with the fix when the cause can be told. */
function quoteNotFound(quote: string, paragraphId: string, text: string): string {
	const head = `quote not found verbatim in paragraph ${paragraphId}: "${quote}"`;
	const shown = renderedText(quote);
	if (shown !== quote && text.includes(shown))
		return `${head}; quotes are matched against the text as the page shows it, where Markdown markup such as **bold**, _italics_ or [links](…) is dropped: quote "${shown}"`;
	const lower = text.toLowerCase().indexOf(quote.toLowerCase());
	if (lower >= 0 && text.length === text.toLowerCase().length)
		return `${head}; the paragraph has it with other capital letters: "${text.slice(lower, lower + quote.length)}"`;
	const straight = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
	const plain = straight(text).indexOf(straight(quote));
	if (plain >= 0)
		return `${head}; curly and straight quotation marks differ: the paragraph writes "${text.slice(plain, plain + quote.length)}"`;
	return `${head}; copy it from the paragraph character for character`;
}

/** Whether either side of a matching pair appears in the quote, ignoring case. */
function pairInQuote(quote: string, left: string, right: string): boolean {
	const lower = quote.toLowerCase();
	return lower.includes(left.toLowerCase()) || lower.includes(right.toLowerCase());
}

/**
 * What is wrong with a statement for a true/false swap, if anything: the answer must occur
 * exactly once, ignoring case (a number counts only as a whole number, not inside 2020 or
 * 1,200), and once with the answer's own capitals, which is the text the swap replaces.
 */
function statementProblem(statement: string, answer: string): string | undefined {
	const found = answerOccurrences(statement, answer);
	if (found.length === 0) return `statement must contain the answer text "${answer}" (it has none)`;
	if (found.length > 1)
		return `statement must contain the answer text "${answer}" exactly once (it has ${found.length}, capitals aside), so a true/false question knows which to swap`;
	if (found[0].text !== answer)
		return `statement has the answer only as "${found[0].text}": write it "${answer}", as the answer does`;
	return undefined;
}

/**
 * Where an answer occurs in a text, ignoring case; an answer that starts or ends with a digit
 * counts only where it is a whole number (not "20" inside "2020" or "1,200").
 */
export function answerOccurrences(text: string, answer: string): { index: number; text: string }[] {
	const escaped = answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const before = /^\d/.test(answer) ? '(?<!\\d[.,]?)' : '';
	const after = /\d$/.test(answer) ? '(?![.,]?\\d)' : '';
	const pattern = new RegExp(`${before}${escaped}${after}`, 'giu');
	return [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
}

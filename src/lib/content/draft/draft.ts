import nlp from 'compromise';
import { Document } from 'yaml';
import { FACT_KINDS, type FactKind } from '../kinds.ts';
import { PARTIAL_DATE, SLUG, type ArticleMeta, type DraftFact } from '../schema.ts';
import { writeArticle, type DraftSection } from './article-md.ts';
import { readBlocks, type SourceFormat } from './blocks.ts';
import {
	findAcronyms,
	findDates,
	findNames,
	findNumbers,
	findTerms,
	type Candidate,
	type DraftContext,
	type Term
} from './candidates.ts';

/** What `draftArticle` needs: the text, how it is written, and what the front matter says. */
export interface DraftInput {
	/** The article folder's name, a slug. */
	id: string;
	text: string;
	format: SourceFormat;
	/** Taken from the first level-1 heading when not given. */
	title?: string;
	language?: string;
	source: string;
	author?: string;
	date?: string;
	licence?: string;
}

/** The drafted folder's files, and how many candidate facts of each kind were found. */
export interface Draft {
	files: { 'article.md': string; 'facts.yaml': string; 'decks.yaml': string };
	paragraphs: number;
	counts: Record<FactKind, number>;
}

/** Thrown when the input cannot be drafted; its message says what to change. */
export class DraftError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DraftError';
	}
}

// A quote long enough to stand on its own and short enough to read in a question.
const QUOTE_WORDS = { min: 5, max: 25 };
// Facts about the same named thing are drafted once, at its first mention.
const ONCE: ReadonlySet<FactKind> = new Set(['person', 'place', 'organization', 'group', 'term']);
// Earlier finders win a span: an acronym's expansion over a place compromise saw in it.
const PRIORITY: FactKind[] = ['date', 'number', 'group', 'organization', 'term', 'person', 'place'];

/**
 * Drafts an article folder from a text: article.md with sections and paragraph ids, decks.yaml
 * with the whole article and a deck per section, and facts.yaml with candidate facts found by
 * compromise and chrono-node, each `draft: true` with a verbatim quote until an author accepts it.
 */
export function draftArticle(input: DraftInput): Draft {
	if (!SLUG.test(input.id))
		throw new DraftError(
			`"${input.id}" cannot name an article folder: use lower-case words joined by hyphens`
		);
	if (input.date !== undefined && !PARTIAL_DATE.test(input.date))
		throw new DraftError(`the date "${input.date}" must be written YYYY, YYYY-MM or YYYY-MM-DD`);
	const blocks = readBlocks(input.text, input.format);
	const titleBlock = blocks.find((block) => block.type === 'heading' && block.level === 1);
	const title = input.title?.trim() || titleBlock?.text;
	if (!title)
		throw new DraftError('the text has no title (a first-level heading): give one with --title');
	const sections = toSections(blocks.filter((block) => block !== titleBlock));
	const paragraphs = sections.flatMap((section) => section.paragraphs);
	if (paragraphs.length === 0) throw new DraftError('the text has no paragraphs to draft from');

	const meta: ArticleMeta = {
		title,
		language: input.language ?? 'en',
		source: input.source.trim() || 'Drafted by factdeck draft.',
		author: input.author?.trim() || undefined,
		date: input.date,
		licence: input.licence?.trim() || undefined
	};
	const facts = draftFacts(paragraphs, input.date ? Number(input.date.slice(0, 4)) : undefined);
	const counts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, 0])) as Record<
		FactKind,
		number
	>;
	for (const fact of facts) counts[fact.kind]++;
	return {
		files: {
			'article.md': writeArticle(meta, sections),
			'facts.yaml': writeFacts(facts),
			'decks.yaml': writeDecks(title, sections)
		},
		paragraphs: paragraphs.length,
		counts
	};
}

/** Headings open sections; text before the first heading goes in an "Introduction". */
function toSections(blocks: ReturnType<typeof readBlocks>): DraftSection[] {
	const sections: DraftSection[] = [];
	const ids = new Set<string>();
	let paragraph = 0;
	const open = (title: string) => {
		const base = slugify(title) || `section-${sections.length + 1}`;
		// Paragraphs take the ids p1, p2, …, so a heading that slugs to one is renamed.
		let id = /^p\d+$/.test(base) ? `section-${base}` : base;
		for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
		ids.add(id);
		sections.push({ id, title, paragraphs: [] });
	};
	for (const block of blocks) {
		if (block.type === 'heading') open(block.text);
		else {
			if (sections.length === 0) open('Introduction');
			sections[sections.length - 1].paragraphs.push({ id: `p${++paragraph}`, text: block.text });
		}
	}
	return sections.filter((section) => section.paragraphs.length > 0);
}

/** Candidate facts of every paragraph, in reading order, with unique, stable slug ids. */
function draftFacts(paragraphs: { id: string; text: string }[], articleYear?: number): DraftFact[] {
	const context: DraftContext = { articleYear };
	const seen = new Set<string>();
	const ids = new Set<string>();
	const facts: DraftFact[] = [];
	for (const paragraph of paragraphs) {
		const { text } = paragraph;
		const doc = nlp(text);
		const tagged = doc.json({ offset: true, terms: { offset: true } }) as {
			offset: { start: number; length: number };
			terms: Term[];
		}[];
		const sentences = tagged.map(({ offset }) => ({
			start: offset.start,
			end: offset.start + offset.length
		}));
		const dates = findDates(text, context);
		const candidates = [
			...dates,
			...findNumbers(
				doc,
				text,
				tagged.flatMap((sentence) => sentence.terms),
				dates
			),
			...findAcronyms(text),
			...findTerms(text, sentences),
			...findNames(doc, text)
		].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
		const kept: Candidate[] = [];
		for (const candidate of candidates) {
			const key = candidate.text.toLowerCase();
			if (kept.some((other) => other.start < candidate.end && candidate.start < other.end))
				continue;
			if (ONCE.has(candidate.kind) && seen.has(key)) continue;
			if (ONCE.has(candidate.kind)) seen.add(key);
			kept.push(candidate);
		}
		for (const candidate of kept.sort((a, b) => a.start - b.start))
			facts.push(toFact(candidate, paragraph, sentences, ids));
	}
	return facts;
}

function toFact(
	candidate: Candidate,
	paragraph: { id: string; text: string },
	sentences: { start: number; end: number }[],
	ids: Set<string>
): DraftFact {
	const base =
		slugify(
			candidate.pair
				? candidate.pair.left
				: candidate.kind === 'number'
					? `${candidate.text} ${candidate.unit}`
					: candidate.text
		) || `${candidate.kind}-${paragraph.id}`;
	let id = ids.has(base) ? `${base}-${paragraph.id}` : base;
	for (let n = 2; ids.has(id); n++) id = `${base}-${paragraph.id}-${n}`;
	ids.add(id);
	return {
		id,
		draft: true,
		kind: candidate.kind,
		answer: {
			text: candidate.text,
			aliases: [],
			tolerance: 0,
			distractors: [],
			...(candidate.value !== undefined ? { value: candidate.value } : {}),
			...(candidate.unit ? { unit: candidate.unit } : {}),
			...(candidate.date ? { date: candidate.date } : {})
		},
		quote: quoteAround(paragraph.text, candidate, sentences),
		paragraph: paragraph.id,
		tags: [],
		...(candidate.note ? { note: candidate.note } : {}),
		...(candidate.pair ? { pair: { set: 'acronyms', ...candidate.pair } } : {})
	};
}

/** The words of the sentence around a span, at most 25 and at least 5 where the paragraph has them. */
export function quoteAround(
	text: string,
	span: { start: number; end: number },
	sentences: readonly { start: number; end: number }[]
): string {
	const words = [...text.matchAll(/\S+/g)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
	const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end) ?? {
		start: 0,
		end: text.length
	};
	let first = words.findIndex((w) => w.end > span.start);
	let last = words.findLastIndex((w) => w.start < span.end);
	const inside = (i: number, bounds: { start: number; end: number }) =>
		i >= 0 && i < words.length && words[i].start >= bounds.start && words[i].end <= bounds.end;
	const whole = { start: 0, end: text.length };
	for (const bounds of [sentence, whole]) {
		let grew = true;
		while (grew && last - first + 1 < (bounds === whole ? QUOTE_WORDS.min : QUOTE_WORDS.max)) {
			grew = false;
			if (inside(last + 1, bounds)) {
				last++;
				grew = true;
			}
			if (last - first + 1 < QUOTE_WORDS.max && inside(first - 1, bounds)) {
				first--;
				grew = true;
			}
		}
	}
	let quote = text.slice(words[first].start, words[last].end);
	const spanEnd = span.end - words[first].start;
	const trimmed = quote.replace(/[\s,;:([“"‘]+$/u, '');
	if (trimmed.length >= spanEnd) quote = trimmed;
	return quote;
}

function writeFacts(facts: DraftFact[]): string {
	const plain = facts.map(({ answer, ...fact }) => ({
		id: fact.id,
		draft: true,
		kind: fact.kind,
		answer: Object.fromEntries(
			Object.entries(answer).filter(
				([key, value]) =>
					!['aliases', 'distractors', 'tolerance'].includes(key) && value !== undefined
			)
		),
		quote: fact.quote,
		paragraph: fact.paragraph,
		...(fact.note ? { note: fact.note } : {}),
		...(fact.pair ? { pair: fact.pair } : {})
	}));
	const doc = new Document(plain);
	doc.commentBefore =
		' Drafted by factdeck draft: candidate facts, each draft: true until an author reviews it.\n' +
		' Keep, edit or delete each one; remove draft: true to publish it (see docs/content-guide.md).';
	plain.forEach((_, i) => {
		for (const key of ['answer', 'pair']) {
			const node = doc.getIn([i, key], true) as { flow?: boolean } | undefined;
			if (node) node.flow = true;
		}
	});
	return doc.toString({ lineWidth: 0 });
}

function writeDecks(title: string, sections: DraftSection[]): string {
	const decks = [
		{ id: 'all', title: 'The whole article', description: `Every question on ${title}.` },
		...sections.map((section) => ({
			id: section.id === 'all' ? 'section-all' : section.id,
			title: section.title,
			description: `Questions on the section "${section.title}".`,
			select: { sections: [section.id] }
		}))
	];
	const doc = new Document(decks);
	decks.forEach((deck, i) => {
		if ('select' in deck) (doc.getIn([i, 'select'], true) as { flow?: boolean }).flow = true;
	});
	return doc.toString({ lineWidth: 0 });
}

/** Lower-case ASCII words joined by hyphens, at most about 60 characters, cut at a word. */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/%/g, ' percent ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= 60) return slug;
	return slug.slice(0, 61).replace(/-[^-]*$/, '');
}

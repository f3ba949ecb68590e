// Every id and key factdeck stores or shows, formatted and parsed in one place.
import crc32 from 'crc/calculators/crc32';
import { QUESTION_FORMS, type QuestionForm } from './content/kinds.ts';

/** Lower-case words joined by single hyphens: the shape of every authored id. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_PART = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Whether a text is a slug (see SLUG). */
export function isSlug(text: string): boolean {
	return SLUG.test(text);
}

// ---------------------------------------------------------------------------------------------
// Fact keys: `<article>/<fact>`
// ---------------------------------------------------------------------------------------------

/** A fact named across articles: `<article>/<fact>` (made by factKey, read by parseFactKey). */
export type FactKey = string;

/** The key of a fact of an article. */
export function factKey(article: string, fact: string): FactKey {
	return `${article}/${fact}`;
}

const FACT_KEY = new RegExp(`^(${SLUG_PART})/(${SLUG_PART})$`);

/** The article and fact of a fact key, or undefined when the text is not one. */
export function parseFactKey(key: string): { article: string; fact: string } | undefined {
	const match = FACT_KEY.exec(key);
	return match ? { article: match[1], fact: match[2] } : undefined;
}

/** A section named across articles, `<article>/<section>`, as progress by section counts it. */
export function sectionKey(article: string, section: string): string {
	return `${article}/${section}`;
}

// ---------------------------------------------------------------------------------------------
// Deck keys: `<article>/<deck>`
// ---------------------------------------------------------------------------------------------

/** A deck named across articles, `<article>/<deck>`, as URLs, codes and progress use it. */
export type DeckKey = string;

/** The key of a deck of an article. */
export function deckKey(article: string, deck: string): DeckKey {
	return `${article}/${deck}`;
}

/** The article and deck of a deck key, or undefined when the text is not one. */
export function parseDeckKey(key: string): { article: string; deck: string } | undefined {
	const match = FACT_KEY.exec(key);
	return match ? { article: match[1], deck: match[2] } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Question ids
// ---------------------------------------------------------------------------------------------

/** The forms asked of several facts at once; their ids name the facts by a checksum. */
export const GROUP_FORMS = ['order', 'match'] as const;
export type GroupForm = (typeof GROUP_FORMS)[number];

/** What a question id says: the fact and form of a one-fact question, or a group's facts. */
export type QuestionIdParts =
	| { article: string; fact: string; form: QuestionForm; variant?: string }
	| { article: string; set: string; form: GroupForm; key: string };

const FORMS = QUESTION_FORMS.join('|');
const ONE_FACT = new RegExp(`^(${SLUG_PART})/(${SLUG_PART}):(${FORMS})(?::(${SLUG_PART}))?$`);
const GROUP = new RegExp(
	`^(${SLUG_PART})/(${SLUG_PART}):(${GROUP_FORMS.join('|')}):([0-9a-z]{7})$`
);

const isForm = (text: string): text is QuestionForm =>
	(QUESTION_FORMS as readonly string[]).includes(text);
const isGroupForm = (text: string): text is GroupForm =>
	(GROUP_FORMS as readonly string[]).includes(text);

/** The id of a question on one fact: `<article>/<fact>:<form>[:<variant>]`. */
export function factQuestionId(
	article: string,
	fact: string,
	form: QuestionForm,
	variant?: string
): string {
	return `${article}/${fact}:${form}${variant === undefined ? '' : `:${variant}`}`;
}

const encoder = new TextEncoder();

/** The CRC-32 of a text, unsigned. */
export function crcOf(text: string): number {
	return crc32(encoder.encode(text)) >>> 0;
}

/** The key naming a group of facts: the CRC-32 of their sorted ids, in base 36, seven digits. */
export function groupKey(facts: readonly string[]): string {
	return crcOf([...facts].sort().join(' '))
		.toString(36)
		.padStart(7, '0');
}

/**
 * The id of a question on several facts, `<article>/<set>:<form>:<key>`, where the key names the
 * facts it holds (see groupKey).
 */
export function groupQuestionId(
	article: string,
	set: string,
	form: GroupForm,
	facts: readonly string[]
): string {
	return `${article}/${set}:${form}:${groupKey(facts)}`;
}

/** What a question id says, or undefined when the text is not a question id. */
export function parseQuestionId(id: string): QuestionIdParts | undefined {
	const group = GROUP.exec(id);
	if (group && isGroupForm(group[3]))
		return { article: group[1], set: group[2], form: group[3], key: group[4] };
	const one = ONE_FACT.exec(id);
	if (!one || !isForm(one[3]) || isGroupForm(one[3])) return undefined;
	return {
		article: one[1],
		fact: one[2],
		form: one[3],
		...(one[4] === undefined ? {} : { variant: one[4] })
	};
}

/** Formats parsed question id parts back into the id. */
export function formatQuestionId(parts: QuestionIdParts): string {
	return 'set' in parts
		? `${parts.article}/${parts.set}:${parts.form}:${parts.key}`
		: factQuestionId(parts.article, parts.fact, parts.form, parts.variant);
}

/** The form of a question, read from its id. */
export function formOfQuestion(id: string): QuestionForm | undefined {
	return parseQuestionId(id)?.form;
}

/** The fact a one-fact question asks about, read from its id; undefined for groups. */
export function factOfQuestion(id: string): FactKey | undefined {
	const parts = parseQuestionId(id);
	return parts && 'fact' in parts ? factKey(parts.article, parts.fact) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Generations and quiz ids: a time in base 36, then a random tag
// ---------------------------------------------------------------------------------------------

/** A generation id: when a progress document was started or last reset, then a random tag. */
export function newGeneration(now: number, random: () => number): string {
	return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** When a generation began, in ms since the epoch (0 for a malformed id). */
export function generationTime(generation: string): number {
	const time = parseInt(generation.split('-')[0], 36);
	return Number.isFinite(time) ? time : 0;
}

/** A quiz id: when it began, then two random words, so two tabs never pick the same. */
export function newQuizId(now: number, random: Uint32Array): string {
	return `${now.toString(36)}-${(random[0] ?? 0).toString(36)}`;
}

// ---------------------------------------------------------------------------------------------
// Attempt keys: `<when>|<question>|<quiz or mode>`
// ---------------------------------------------------------------------------------------------

/** What identifies an answer: when, on which question, in which quiz (or mode). */
export interface AttemptKeyParts {
	at: number;
	question: string;
	/** The quiz id for a quiz answer, otherwise the mode (`review`, `cram`). */
	quiz?: string;
	mode: string;
}

/** An answer's identity, as undo and merges refer to it. */
export function attemptKey(attempt: AttemptKeyParts): string {
	// Two tabs may answer the same question in the same second, in different quizzes or modes.
	return `${attempt.at}|${attempt.question}|${attempt.quiz ?? attempt.mode}`;
}

/** The time, question and quiz or mode of an attempt key, or undefined when it is not one. */
export function parseAttemptKey(
	key: string
): { at: number; question: string; quizOrMode: string } | undefined {
	const match = /^(-?\d+)\|([^|]+)\|([^|]+)$/.exec(key);
	if (!match) return undefined;
	const at = Number(match[1]);
	return Number.isSafeInteger(at) ? { at, question: match[2], quizOrMode: match[3] } : undefined;
}

/** Where a tab keeps the screen a quiz is on (`sessionStorage`), so a reload shows the same one. */
export function quizViewKey(quizId: string): string {
	return `factdeck:view:${quizId}`;
}

/**
 * A copy of a stored document kept beside it in localStorage: a backup taken before a change
 * (`factdeck:backup:<document>:<at>:<reason>`), or unreadable data set aside
 * (`factdeck:set-aside:<document>:<at>`).
 */
export type KeptCopy =
	| { kind: 'backup'; document: string; at: number; reason: string }
	| { kind: 'set-aside'; document: string; at: number };

/** The storage key of a kept copy. */
export function keptCopyKey(copy: KeptCopy): string {
	const key = `factdeck:${copy.kind}:${copy.document}:${copy.at}`;
	return copy.kind === 'backup' ? `${key}:${copy.reason}` : key;
}

/** Where the keys of one kind of copy begin, of one document or of all. */
export function keptCopyPrefix(kind: KeptCopy['kind'], document?: string): string {
	return document === undefined ? `factdeck:${kind}:` : `factdeck:${kind}:${document}:`;
}

/** What a kept copy's key says, or undefined when the key is not one. */
export function parseKeptCopyKey(key: string): KeptCopy | undefined {
	const match = /^factdeck:(backup|set-aside):([a-z-]+):(\d+)(?::(.*))?$/s.exec(key);
	if (!match) return undefined;
	const [, kind, document, digits, reason] = match;
	const at = Number(digits);
	if (!Number.isSafeInteger(at)) return undefined;
	if (kind === 'backup') return reason === undefined ? undefined : { kind, document, at, reason };
	return reason === undefined ? { kind: 'set-aside', document, at } : undefined;
}

import * as v from 'valibot';
import { factQuestionId } from '../../ids.ts';
import { sourcePhrase } from '../attribution.ts';
import { aliasesOf, answerForms, drawnOddOpening } from '../distractors.ts';
import { dateFormatOf } from '../format.ts';
import { readQuantity } from '../numbers.ts';
import { createRng, seedFrom, shuffle } from '../random.ts';
import { contains } from '../text.ts';
import type { Client, ClozeQuestion, Verdict } from '../types.ts';
import {
	determinerCue,
	openingCue,
	distinctOptions,
	optionFromKey,
	optionGiveaway,
	optionKinds,
	parallelOrder
} from './choice.ts';
import { plainMarkScore, wholeMark, type Form, type FormBuild, type Mark } from './form.ts';
import { FORM_STORES } from './store.ts';
import { quoteGrounded } from './shared-checks.ts';
import { otherUnit, weigh } from './numeric.ts';
import { MAX_TYPED_LENGTH, TYPEABLE_KINDS, describeText, gradeText } from './typed.ts';
import { accepted } from './verdict.ts';

/** What shows where the answer was taken out. */
export const BLANK = '_____';
/** Sentences longer than this are cut to the clauses around the blank. */
const MAX_SENTENCE_WORDS = 40;
/** Words of context a passage keeps at least, besides the answer. */
const MIN_CONTEXT_WORDS = 8;
/** Answers of more words than this are chosen from options, not typed. */
const MAX_TYPED_WORDS = 4;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Where `needle` stands in `text` as whole words, when it stands there exactly once. */
function onlyPlace(text: string, needle: string): number | undefined {
	const places: number[] = [];
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + needle.length] ?? ' ';
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) places.push(at);
	}
	return places.length === 1 ? places[0] : undefined;
}

const POINTERS = new Set(
	'it its itself they them their themselves this these those he she his her him there'.split(' ')
);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Verbs a clause may open on when its subject stands in the clause before ("…, is to reduce"). */
const VERB_OPENERS = new Set(
	'is are was were has have had will would can could should must may might do does did'.split(' ')
);

/** Whether a clause's first words point back to what came before it in its sentence. */
function refersBack(clause: string): boolean {
	const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
	return (
		VERB_OPENERS.has(words[0] ?? '') ||
		words.slice(0, 3).some((word) => POINTERS.has(word)) ||
		words.slice(0, 5).some((word) => RELATIVES.has(word))
	);
}

// Openers that name nothing themselves: "It was not…", "These conditions…", "The team, which…".
const OPENS_POINTING_BACK =
	/^(?:(?:it|they|he|she|its|their|his|her|them|this|these|those|such)\b|the \p{Ll}+,)/iu;
// Openers that point at nothing before them: "It is expected that…", "It was reported…".
const DUMMY_IT = /^it (?:is|was|has been|had been) \p{Ll}+(?:ed|n)\b/iu;

/** Whether a sentence opens on a word that only the sentence before it explains. */
export function opensPointingBack(sentence: string): boolean {
	const text = sentence.trim();
	return OPENS_POINTING_BACK.test(text) && !DUMMY_IT.test(text);
}

/** Words an aside in brackets may hold, besides the blank, and still be only an aside. */
const ASIDE_WORDS = 3;

/** Whether the text at `at` stands in a short aside in brackets: "(UN)", "(about 10 million dollars)". */
export function inShortAside(sentence: string, at: number, length: number): boolean {
	const open = sentence.lastIndexOf('(', at);
	const close = sentence.indexOf(')', at + length);
	if (open < 0 || close < 0) return false;
	const inside = sentence.slice(open + 1, close);
	if (/[()]/.test(inside)) return false;
	return wordCount(inside) - wordCount(sentence.slice(at, at + length)) <= ASIDE_WORDS;
}

/**
 * The passage a cloze shows: the whole sentence when it is short, otherwise the clauses around
 * the answer, widened until they give enough context, with an ellipsis where the sentence is cut;
 * a clause that refers back keeps the clause before it.
 */
export function clozePassage(
	sentence: string,
	at: number,
	length: number
): { text: string; at: number } {
	const trimmed = sentence.replace(/^[\s,;:.)\]]+/u, '');
	const shift = sentence.length - trimmed.length;
	if (wordCount(trimmed) <= MAX_SENTENCE_WORDS) return { text: trimmed, at: at - shift };
	// Clause boundaries: after a comma, semicolon, colon or dash.
	const cuts = [0];
	for (const m of trimmed.matchAll(/[,;:—–]\s+/gu)) cuts.push(m.index + m[0].length);
	cuts.push(trimmed.length);
	const start = at - shift;
	let from = cuts.filter((c) => c <= start).length - 1;
	let to = cuts.findIndex((c) => c >= start + length);
	const words = () =>
		wordCount(trimmed.slice(cuts[from], cuts[to])) -
		wordCount(trimmed.slice(start, start + length));
	while (words() < MIN_CONTEXT_WORDS + 4 && (from > 0 || to < cuts.length - 1)) {
		if (to < cuts.length - 1) to++;
		else from--;
	}
	// A clause that opens on "it", "which" or a verb ("is to reduce") needs the clause before it.
	while (from > 0 && refersBack(trimmed.slice(cuts[from], cuts[to]))) from--;
	const body = trimmed.slice(cuts[from], cuts[to]).replace(/[\s,;:—–]+$/u, '');
	const open = from > 0 ? '…' : '';
	const close = to < cuts.length - 1 ? '…' : '';
	return { text: `${open}${body}${close}`, at: start - cuts[from] + open.length };
}

/** The sentence with the answer taken out, as a learner reads it. */
export function clozeText(question: Pick<ClozeQuestion, 'before' | 'after'>): string {
	return `${question.before}${BLANK}${question.after}`;
}

function grade(question: Client<ClozeQuestion>, text: unknown): Verdict {
	const graded = gradeText(question.answer, text);
	const { value, unit } = question.answer;
	const given = typeof text === 'string' ? readQuantity(text) : undefined;
	if (graded.correct || value === undefined || given === undefined) return graded;
	// A number fills its blank however it is written ("1000", "1k" for "1,000"), in the key's unit.
	const key = { text: question.answer.text, value, unit, tolerance: 0 };
	const match = weigh(key, given);
	if (typeof match === 'object') return otherUnit(key, match);
	return match ? accepted('exact', key.text, 'Right.') : graded;
}

/** The option a stored text picks, for cloze questions answered by choice. */
const optionOf = (question: Client<ClozeQuestion>, text: string) =>
	question.options ? question.options.indexOf(text) : -1;

/**
 * Fill in the blank: the article's own sentence with the fact's answer taken out, typed, or
 * chosen from options when the answer is too long to type.
 */
export const cloze: Form<'cloze'> = {
	...FORM_STORES['cloze'],
	grade: (question, response) => grade(question, response.text),
	expected: (question) => question.answer.text,
	describe: describeText,
	initial: () => undefined,
	answerable: (response) => response.text.trim() !== '',
	fromKey(question, key) {
		if (!question.options) return undefined;
		const option = optionFromKey(key, question.options.length);
		return option === undefined ? undefined : { form: 'cloze', text: question.options[option] };
	},
	wire: v.object({ form: v.literal('cloze'), text: v.pipe(v.string(), v.maxLength(200)) }),
	levelOf: (question) => (question.options ? 'choice' : 'recall'),
	stem: clozeText,
	choices: (question) => question.options,
	mark(question, response, verdict): Mark {
		const index = response ? optionOf(question, response.text) : -1;
		return index >= 0 && verdict ? { kind: 'option', index } : wholeMark(response, verdict);
	},
	markScore: (question, mark) =>
		mark.kind === 'option'
			? question.options?.[mark.index] === question.answer.text
				? 1
				: 0
			: plainMarkScore(mark),
	playerWire: v.object({
		form: v.literal('cloze'),
		prompt: v.string(),
		before: v.string(),
		after: v.string(),
		options: v.optional(v.array(v.string()))
	}),
	playerView: ({ prompt, before, after, options }) => ({
		form: 'cloze',
		prompt,
		before,
		after,
		...(options ? { options: [...options] } : {})
	}),
	fromPlayer: (_, response) => response
};

/** How cloze questions are built from facts and checked. */
export const clozeBuild: FormBuild<'cloze'> = {
	form: 'cloze',
	fromFact(fact, ctx) {
		const text = fact.answer.text;
		const sentence = ctx.sentenceOf(fact);
		const found = sentence === undefined ? undefined : onlyPlace(sentence, text);
		if (sentence === undefined || found === undefined) return [];
		// A name or figure given in passing, in a short aside in brackets, is no blank worth recalling.
		if (inShortAside(sentence, found, text.length)) return [];
		// A clause after a date that opens on "when" tells the date by another event ("until _____,
		// when the war ended"): the passage ends at the blank.
		const toldBy =
			fact.kind === 'date' && /^\s*,\s*when\b/iu.test(sentence.slice(found + text.length));
		let passage = clozePassage(
			toldBy ? sentence.slice(0, found + text.length) : sentence,
			found,
			text.length
		);
		if (toldBy) passage = { text: `${passage.text}…`, at: passage.at };
		// A passage that opens on "it" or "these conditions" is read with the sentence before it.
		if (opensPointingBack(passage.text)) {
			const previous = ctx.sentenceBeforeOf(fact);
			if (
				previous === undefined ||
				wordCount(previous) + wordCount(passage.text) > MAX_SENTENCE_WORDS + MIN_CONTEXT_WORDS * 2
			)
				return [];
			passage = { text: `${previous} ${passage.text}`, at: passage.at + previous.length + 1 };
		}
		const before = passage.text.slice(0, passage.at);
		const after = passage.text.slice(passage.at + text.length);
		if (wordCount(`${before} ${after}`) < MIN_CONTEXT_WORDS) return [];
		// The rest of the passage must not say the answer again, in any of its forms.
		if (answerForms(fact).some((form) => contains(`${before} ${after}`, form))) return [];
		const prompt = `Fill in the blank in this sentence from ${sourcePhrase(fact.attribution)}.`;
		if (answerForms(fact).some((form) => contains(prompt, form))) return [];
		// Facts that blank the same words of one sentence make one question.
		if (!ctx.firstTime(`cloze ${before}|${text}|${after}`)) return [];
		const id = factQuestionId(ctx.article, fact.id, 'cloze');
		// Names, terms, numbers and dates are recalled; a claim's wording is chosen, not typed.
		const typeable =
			(TYPEABLE_KINDS.has(fact.kind) || fact.kind === 'number' || fact.kind === 'date') &&
			text.length <= MAX_TYPED_LENGTH &&
			wordCount(text) <= MAX_TYPED_WORDS;
		// A wrong option the sentence itself names would be ruled out by reading it.
		const distractors = ctx
			.distractors(fact)
			.filter((d) => !contains(`${before} ${after}`, d.text));
		if (!typeable && distractors.length < 2) return [];
		// Drawn options that all open alike where the answer does not would point at it.
		if (!typeable && drawnOddOpening(text, distractors)) return [];
		const value =
			fact.kind === 'number'
				? fact.answer.value
				: dateFormatOf(text) === 'year'
					? Number(text)
					: undefined;
		return [
			{
				id,
				form: 'cloze',
				...ctx.common([fact]),
				prompt,
				before,
				after,
				answer: {
					text,
					aliases: aliasesOf(fact),
					...(value === undefined ? {} : { value }),
					...(value === undefined || fact.answer.unit === undefined
						? {}
						: { unit: fact.answer.unit })
				},
				...(typeable
					? {}
					: {
							options: parallelOrder(
								shuffle([text, ...distractors.map((d) => d.text)], createRng(seedFrom(id)))
							)
						})
			}
		];
	},
	checks: {
		// A cloze is the article's own sentence by design; its options are checked like any.
		paraphrased: () => undefined,
		grounded: (q, ctx) =>
			q.answer.text !== ctx.byId.get(q.facts[0])?.answer.text
				? 'the blank is not the fact’s answer'
				: quoteGrounded(q, ctx),
		'no-leak': (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact) return undefined;
			const shown = `${q.prompt} ${q.before} ${q.after}`;
			const leaked = answerForms(fact).find((form) => contains(shown, form));
			return leaked ? `the sentence still holds the answer "${leaked}"` : undefined;
		},
		'distinct-options': (q) => (q.options ? distinctOptions(q.options) : undefined),
		'distractor-kind': (q, ctx) =>
			q.options
				? optionKinds(
						q.options.filter((option) => option !== q.answer.text),
						q.facts[0],
						ctx
					)
				: undefined,
		'no-giveaway': (q) => {
			if (!q.options) return undefined;
			// A wrong option the sentence itself names is ruled out by reading it.
			const named = q.options.find(
				(option) => option !== q.answer.text && contains(`${q.before} ${q.after}`, option)
			);
			return named
				? `the sentence names the option "${named}"`
				: (optionGiveaway(q.options, q.answer.text) ??
						determinerCue(q.options, q.answer.text) ??
						openingCue(q.options, q.answer.text));
		},
		// The prompt says whose words the sentence is: the article's, citing its source.
		attributed: () => undefined
	}
};

import * as v from 'valibot';
import { clashesWithAnswer, drawnOddOpening, inKindPool, oddOpening } from '../distractors.ts';
import { dateFormatOf, numberFormatOf, parseDate } from '../format.ts';
import { shuffle } from '../random.ts';
import { parseNumber, vagueAmount } from '../numbers.ts';
import { contains, memoized, normalize } from '../text.ts';
import { factQuestionId } from '../../ids.ts';
import type { ChoiceQuestion, Client } from '../types.ts';
import { type CheckResult, type Form, type FormBuild, type CheckContext } from './form.ts';
import { FORM_STORES } from './store.ts';
import { quoteGrounded } from './shared-checks.ts';
import { accepted, verdict } from './verdict.ts';

/** The length ratio past which the odd option out gives itself away. */
export const GIVEAWAY_RATIO = 1.8;

/** Letters of options, as keys and sheets show them. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The option a key picks: "1"–"4" or "a"–"d", within the options shown. */
export function optionFromKey(key: string, count: number): number | undefined {
	if (key.length !== 1) return undefined;
	const k = key.toLowerCase();
	const index = '1234'.includes(k) ? '1234'.indexOf(k) : 'abcd'.indexOf(k);
	return index >= 0 && index < count ? index : undefined;
}

/** No two options the same, and none inside another. */
export function distinctOptions(options: readonly string[]): CheckResult {
	const keys = options.map(normalize);
	for (let i = 0; i < keys.length; i++)
		for (let j = 0; j < keys.length; j++)
			if (i !== j && (keys[i] === keys[j] || contains(keys[i], keys[j])))
				return `option "${options[i]}" repeats or contains "${options[j]}"`;
	return undefined;
}

const DETERMINERS: Record<string, string> = {
	a: 'a',
	an: 'a',
	the: 'the',
	its: 'its',
	his: 'its',
	her: 'its',
	their: 'its',
	our: 'its',
	this: 'this',
	that: 'this',
	these: 'this',
	those: 'this'
};

/** How an option opens: "a", "the", a possessive, a demonstrative or none. */
function determinerOf(option: string): string {
	return DETERMINERS[option.trim().split(/\s+/)[0].toLowerCase()] ?? 'none';
}

/**
 * The first option that opens unlike the answer ("its grain exports" against "a marginal partner"),
 * which reads differently in the answer's sentence. Amounts ("a handful", "hundreds") and names
 * ("The Economist") open as they must, so they are left alone.
 */
export function determinerCue(options: readonly string[], answer: string): CheckResult {
	const exempt = (o: string) =>
		parseNumber(o) !== undefined ||
		vagueAmount(o) !== undefined ||
		/^\p{Lu}/u.test(o.trim().split(/\s+/)[1] ?? o);
	if (options.some(exempt)) return undefined;
	const opening = determinerOf(answer);
	const odd = options.find((o) => o !== answer && determinerOf(o) !== opening);
	if (odd === undefined) return undefined;
	return opening === 'none'
		? `"${odd}" opens with a determiner the answer lacks`
		: `"${odd}" does not open like the answer's "${answer.trim().split(/\s+/)[0]}"`;
}

/** The answer as the odd one out by its first word ("in half" among "by a third", "by a quarter"). */
export function openingCue(options: readonly string[], answer: string): CheckResult {
	const shared = oddOpening(
		answer,
		options.filter((o) => o !== answer)
	);
	return shared
		? `every wrong option opens with "${shared}", the answer with "${answer.trim().split(/\s+/)[0].toLowerCase()}"`
		: undefined;
}

/** Options that give the answer away by length, by digits or by capitals. */
export function optionGiveaway(options: readonly string[], answer: string): CheckResult {
	const others = options.filter((option) => option !== answer).map((o) => o.length);
	if (others.length === 0) return undefined;
	if (answer.length > Math.max(...others) * GIVEAWAY_RATIO)
		return 'the answer is by far the longest option';
	if (answer.length * GIVEAWAY_RATIO < Math.min(...others))
		return 'the answer is by far the shortest option';
	const hasDigit = (s: string) => /\d/.test(s);
	if (options.some((o) => hasDigit(o) !== hasDigit(answer))) return 'only some options are numbers';
	const capital = (s: string) => /^\p{Lu}/u.test(s);
	if (
		/^\p{L}/u.test(answer) &&
		options.some((o) => /^\p{L}/u.test(o) && capital(o) !== capital(answer))
	)
		return 'the answer is capitalised differently from the other options';
	return undefined;
}

/** Wrong options that are not of the answer's kind, scale or form. */
export function optionKinds(
	wrong: readonly string[],
	factId: string,
	ctx: CheckContext
): CheckResult {
	const fact = ctx.byId.get(factId);
	if (!fact) return undefined;
	const authored = new Set(fact.answer.distractors.map(normalize));
	for (const option of wrong) {
		if (fact.kind === 'number' && !/\d/.test(fact.answer.text)) {
			// A number in words ("thirteen", "half") is offered among numbers in words.
			if (/\d/.test(option))
				return `"${option}" is not written in words like "${fact.answer.text}"`;
		} else if (fact.kind === 'number') {
			const a = numberFormatOf(fact.answer.text);
			const o = numberFormatOf(option);
			const sameShape =
				a &&
				o &&
				a.prefix === o.prefix &&
				a.suffix === o.suffix &&
				a.decimals === o.decimals &&
				a.style === o.style;
			if (!sameShape || (o.shown >= 1000 && a.grouped !== o.grouped))
				return `"${option}" is not written like "${fact.answer.text}"`;
			const ratio = o.shown / a.shown;
			if (ratio < 0.1 || ratio > 10)
				return `"${option}" is not of the scale of "${fact.answer.text}"`;
		} else if (dateFormatOf(fact.answer.text)) {
			if (dateFormatOf(option) !== dateFormatOf(fact.answer.text))
				return `"${option}" is not a date written like "${fact.answer.text}"`;
		} else if (!authored.has(normalize(option))) {
			// An authored option was reviewed as of the answer's kind; any other must come from a pool.
			if (!inKindPool(option, fact, ctx.index))
				return `"${option}" is not a ${fact.kind} of the article or its lists`;
		}
	}
	return undefined;
}

// Lengths of time in days, so "a few weeks" sorts between "a few days" and "two years".
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, decade: 3_652 };

/** A length of time ("a few weeks", "two years", "a decade") in days, or undefined. */
function durationDays(option: string): number | undefined {
	const match = /^(.*?)\s*\b(day|week|month|year|decade)s?$/iu.exec(option.trim());
	if (!match) return undefined;
	const amount = match[1].trim().toLowerCase();
	const count =
		amount === 'a' || amount === 'an' || amount === 'one'
			? 1
			: (parseNumber(amount) ?? vagueAmount(amount));
	return count === undefined ? undefined : count * DAYS[match[2].toLowerCase()];
}

/**
 * Where an option sorts among numbers, amounts, lengths of time or dates, or undefined; read
 * once per option, since a fact's choice and cloze questions and their neighbours order the same.
 */
const orderValue = memoized(readOrderValue);

function readOrderValue(option: string): number | undefined {
	const days = durationDays(option);
	if (days !== undefined) return days;
	// "early", "mid-" and "late" place a date within its year: 1, 5 and 9 stand in for months.
	const part = /^(early|mid|late)[- ]?(?=\d)/i.exec(option.trim());
	const date = parseDate(part ? option.trim().slice(part[0].length) : option);
	if (date) {
		const within = part
			? (({ early: 1, late: 9 } as Record<string, number>)[part[1].toLowerCase()] ?? 5)
			: 1;
		const { year, month = within, day = 1 } = date.parts;
		return year * 10_000 + month * 100 + day;
	}
	const fold = /^(\p{L}+)fold$/u.exec(option.trim());
	return parseNumber(fold ? fold[1] : option) ?? vagueAmount(option);
}

/** Whether options are all numbers, amounts ("dozens", "hundreds") or dates, which are offered in ascending order. */
export function sortsByValue(options: readonly string[]): boolean {
	return options.every((option) => {
		const value = orderValue(option);
		return value !== undefined && !Number.isNaN(value);
	});
}

/** Options that are all numbers, amounts or dates, in ascending order; others as they come. */
export function parallelOrder(options: readonly string[]): string[] {
	const values = options.map(orderValue);
	if (values.some((value) => value === undefined || Number.isNaN(value))) return [...options];
	return options
		.map((option, i) => ({ option, value: values[i]! }))
		.sort((a, b) => a.value - b.value)
		.map((o) => o.option);
}

const expected = (question: Client<ChoiceQuestion>) => question.options[question.answer] ?? '';

/** Multiple choice: the answer among up to three wrong options of its kind and scale. */
export const choice: Form<'choice'> = {
	...FORM_STORES['choice'],
	grade(question, response) {
		const answer = expected(question);
		if (response.option === question.answer) return accepted('exact', answer, 'Right.');
		return verdict(false, answer, `Not quite: the answer is ${answer}`);
	},
	expected,
	describe: (question, response) => question.options[response.option] ?? 'no answer',
	initial: () => undefined,
	answerable: () => true,
	fromKey(question, key) {
		const option = optionFromKey(key, question.options.length);
		return option === undefined ? undefined : { form: 'choice', option };
	},
	wire: v.object({
		form: v.literal('choice'),
		option: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))
	}),
	levelOf: () => 'choice',
	stem: (question) => question.prompt,
	choices: (question) => question.options,
	mark: (_, response, verdict) =>
		response && verdict ? { kind: 'option', index: response.option } : { kind: 'blank' },
	markScore: (question, mark) => (mark.kind === 'option' && mark.index === question.answer ? 1 : 0),
	playerWire: v.object({
		form: v.literal('choice'),
		prompt: v.string(),
		options: v.array(v.string())
	}),
	playerView: ({ prompt, options }) => ({ form: 'choice', prompt, options: [...options] }),
	fromPlayer: (question, response) =>
		response.option < question.options.length ? response : undefined
};

/** How choice questions are built from facts and checked. */
export const choiceBuild: FormBuild<'choice'> = {
	form: 'choice',
	fromFact(fact, ctx) {
		const distractors = ctx.distractors(fact);
		if (distractors.length < 2) return [];
		const options = parallelOrder(
			shuffle([fact.answer.text, ...distractors.map((d) => d.text)], ctx.rng)
		);
		// Drawn options that all open alike where the answer does not would point at it (the
		// options are shuffled first, so the random stream runs the same either way).
		if (drawnOddOpening(fact.answer.text, distractors)) return [];
		return [
			{
				id: factQuestionId(ctx.article, fact.id, 'choice'),
				form: 'choice',
				...ctx.common([fact]),
				prompt: fact.prompt,
				options,
				answer: options.indexOf(fact.answer.text)
			}
		];
	},
	checks: {
		grounded: (q, ctx) =>
			q.options[q.answer] !== ctx.byId.get(q.facts[0])?.answer.text
				? 'the marked option is not the fact’s answer'
				: quoteGrounded(q, ctx),
		'one-correct': (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact) return undefined;
			const correct = q.options.filter((option) => clashesWithAnswer(option, fact));
			return correct.length === 1
				? undefined
				: `${correct.length} options could be read as correct`;
		},
		'distinct-options': (q) => distinctOptions(q.options),
		'distractor-kind': (q, ctx) =>
			optionKinds(
				q.options.filter((_, i) => i !== q.answer),
				q.facts[0],
				ctx
			),
		'no-giveaway': (q) =>
			optionGiveaway(q.options, q.options[q.answer]) ?? openingCue(q.options, q.options[q.answer]),
		'parallel-options': (q) =>
			parallelOrder(q.options).every((option, i) => option === q.options[i])
				? undefined
				: 'numbers or dates among the options are not in ascending order'
	}
};

import * as v from 'valibot';
import { factQuestionId } from '../../ids.ts';
import { dateFormatOf } from '../format.ts';
import { parseNumber } from '../numbers.ts';
import { contains, normalize } from '../text.ts';
import type { NumericQuestion, Verdict } from '../types.ts';
import { plainMarkScore, wholeMark, type Form, type FormBuild } from './form.ts';
import { FORM_STORES } from './store.ts';
import { quoteGrounded } from './shared-checks.ts';
import { describeText } from './typed.ts';
import { accepted, verdict } from './verdict.ts';

/** The article's number with its unit, unless the text already carries it. */
export function withUnit(text: string, unit: string | undefined): string {
	if (unit === undefined || unit.trim() === '') return text;
	if (text.toLowerCase().includes(unit.toLowerCase()) || contains(text, unit)) return text;
	return /^\p{L}/u.test(unit) ? `${text} ${unit}` : `${text}${unit}`;
}

/** Grades typed text as a number against a numeric answer, within its tolerance. */
export function gradeNumber(answer: NumericQuestion['answer'], text: unknown): Verdict {
	const typed = typeof text === 'string' ? text.trim() : '';
	if (typed === '')
		return verdict(false, answer.text, `No answer given; the answer is ${answer.text}`);
	const input = normalize(typed);
	const value = parseNumber(typed);
	// Normalizing drops signs and decimal points, so words only match when their numbers agree too.
	const sameWording = (candidate: string): boolean =>
		input !== '' && input === normalize(candidate) && value === parseNumber(candidate);
	if (sameWording(answer.text)) return accepted('exact', answer.text, 'Right.');
	if (answer.aliases.some(sameWording)) {
		return accepted('alias', answer.text, `Accepted: ${typed}; the article writes ${answer.text}`);
	}
	if (value === undefined) {
		return verdict(false, answer.text, `Type a number, such as ${answer.text}`);
	}
	const wrong = verdict(
		false,
		answer.text,
		`Not quite: the article says ${withUnit(answer.text, answer.unit)}`
	);
	if (answer.year) return value === answer.value ? accepted('exact', answer.text, 'Right.') : wrong;
	const difference = Math.abs(value - answer.value);
	// Room for binary rounding only: 0.1 + 0.2 is within a tolerance of 0.3 ± 0.
	const rounding = 1e-9 * Math.max(1, Math.abs(answer.value));
	if (difference <= rounding) return accepted('exact', answer.text, 'Right.');
	const tolerance = Number.isFinite(answer.tolerance) ? Math.max(0, answer.tolerance) : 0;
	if (difference <= tolerance + rounding) {
		return accepted('tolerance', answer.text, `Accepted: the article says ${answer.text}`);
	}
	return wrong;
}

/** A numeric answer: a number or a year, typed, within the fact's tolerance (years exactly). */
export const numeric: Form<'numeric'> = {
	...FORM_STORES['numeric'],
	grade: (question, response) => gradeNumber(question.answer, response.text),
	expected: (question) => question.answer.text,
	describe: describeText,
	initial: () => undefined,
	answerable: (response) => response.text.trim() !== '',
	wire: v.object({ form: v.literal('numeric'), text: v.pipe(v.string(), v.maxLength(60)) }),
	levelOf: () => 'recall',
	stem: (question) => question.prompt,
	mark: (_, response, verdict) => wholeMark(response, verdict),
	markScore: (_, mark) => plainMarkScore(mark),
	playerView: ({ prompt }) => ({ form: 'numeric', prompt }),
	fromPlayer: (_, response) => response
};

/** Proportion words, which are asked as choices, never as a number to type. */
const PROPORTION =
	/^(?:a |one )?(?:half|third|quarter|fifth|tenth)s?$|^(?:two|three)[ -](?:thirds|quarters)$/i;

/** How numeric questions are built from facts and checked. */
export const numericBuild: FormBuild<'numeric'> = {
	form: 'numeric',
	fromFact(fact, ctx) {
		const text = fact.answer.text;
		const year = fact.kind === 'date' && dateFormatOf(text) === 'year';
		const value = year ? Number(text) : fact.kind === 'number' ? fact.answer.value : undefined;
		if (value === undefined || PROPORTION.test(text)) return [];
		const readable = parseNumber(text) === value || fact.answer.aliases.length > 0;
		if (!year && !readable && !/[a-z]/i.test(text)) return [];
		return [
			{
				id: factQuestionId(ctx.article, fact.id, 'numeric'),
				form: 'numeric',
				...ctx.common([fact]),
				prompt: fact.prompt,
				answer: {
					text,
					value,
					tolerance: year ? 0 : fact.answer.tolerance,
					unit: year ? undefined : fact.answer.unit,
					aliases: fact.answer.aliases,
					year
				}
			}
		];
	},
	checks: {
		grounded: (q, ctx) =>
			q.answer.text !== ctx.byId.get(q.facts[0])?.answer.text
				? 'the numeric answer is not the fact’s answer'
				: quoteGrounded(q, ctx),
		'form-fits': (q) => {
			if (PROPORTION.test(q.answer.text)) return `"${q.answer.text}" is a proportion, not a count`;
			if (!q.answer.year && !q.answer.unit) return 'a quantity is asked without its unit';
			return undefined;
		}
	}
};

import * as v from 'valibot';
import { factQuestionId } from '../../ids.ts';
import { dateFormatOf } from '../format.ts';
import { parseNumber, readQuantity, unitKind, type Quantity } from '../numbers.ts';
import { contains, normalize } from '../text.ts';
import type { Match, NumericQuestion, Verdict } from '../types.ts';
import { plainMarkScore, wholeMark, type Form, type FormBuild } from './form.ts';
import { FORM_STORES } from './store.ts';
import { quoteGrounded } from './shared-checks.ts';
import { describeText } from './typed.ts';
import { accepted, verdict } from './verdict.ts';

const PERCENT = { kind: 'percent', word: 'percent' };

/** The article's number with its unit, unless the text already carries it. */
export function withUnit(text: string, unit: string | undefined): string {
	if (unit === undefined || unit.trim() === '') return text;
	if (text.toLowerCase().includes(unit.toLowerCase()) || contains(text, unit)) return text;
	// "half", "$10 million": the text already says what it counts.
	const stated = readQuantity(text);
	const kind = unitKind(unit.split(' '))?.kind;
	if (stated?.fraction || (kind && unitKind(stated?.unit ?? [])?.kind === kind)) return text;
	return /^\p{L}/u.test(unit) ? `${text} ${unit}` : `${text}${unit}`;
}

/** What a quantity is weighed against: a numeric key, or a cloze's number. */
type Key = Pick<NumericQuestion['answer'], 'text' | 'value' | 'tolerance' | 'unit'>;

/** What a numeric key counts: its unit's kind and name, read from its unit or its own text. */
function keyUnit(answer: Key) {
	const words = (answer.unit ?? '').replace(/per cent/i, 'percent').split(' ');
	const stated = readQuantity(answer.text);
	const kind =
		unitKind([...words, ...(stated?.unit ?? [])]) ?? (stated?.percent ? PERCENT : undefined);
	const name = answer.unit && /\p{L}/u.test(answer.unit) ? answer.unit : kind?.word;
	return { kind: kind?.kind, name, stated };
}

/**
 * How a typed quantity compares with a key: the same value however written (a share as a
 * percentage, a fraction or a decimal), within the key's tolerance, or in another unit (named).
 */
export function weigh(
	answer: Key,
	given: Quantity
): Match | { key?: string; given: string } | undefined {
	const key = keyUnit(answer);
	// A share: a percentage, a fraction, or a bare key of one or less.
	const scale =
		key.kind === 'percent'
			? 100
			: key.stated?.fraction || (answer.unit === undefined && Math.abs(answer.value) <= 1)
				? 1
				: 0;
	const share = (given.percent ? given.value / 100 : given.value) * scale;
	// A bare number may be the key's own figure ("39" for 39%) or its share ("0.39").
	const readings = !scale
		? [given.value]
		: given.percent || given.fraction
			? [share]
			: [given.value, share];
	const difference = Math.min(...readings.map((reading) => Math.abs(reading - answer.value)));
	// Room for binary rounding only: 0.1 + 0.2 is within a tolerance of 0.3 ± 0.
	const rounding = 1e-9 * Math.max(1, Math.abs(answer.value));
	// A fraction against a rounded share: "a third" is 33%, 0.33 or 33.3%.
	const rounded = scale && (given.fraction || key.stated?.fraction) ? scale / 200 : 0;
	const tolerance = Number.isFinite(answer.tolerance) ? Math.max(0, answer.tolerance) : 0;
	const match: Match | undefined =
		difference <= rounding + rounded
			? 'exact'
			: difference <= tolerance + rounding
				? 'tolerance'
				: undefined;
	const said = given.percent ? PERCENT : unitKind(given.unit);
	// A stated unit clashes when both are known and differ, or one is a share and the other is not.
	const clash =
		said?.kind !== key.kind &&
		((said && key.kind) ||
			(key.kind === 'percent' && given.unit.length > 0) ||
			(said?.kind === 'percent' && answer.unit));
	return match && clash ? { key: key.name, given: said?.word ?? given.unit.join(' ') } : match;
}

/** Grades typed text as a number against a numeric answer, within its tolerance. */
export function gradeNumber(answer: NumericQuestion['answer'], text: unknown): Verdict {
	const typed = typeof text === 'string' ? text.trim() : '';
	if (typed === '')
		return verdict(false, answer.text, `No answer given; the answer is ${answer.text}`);
	const input = normalize(typed);
	const given = readQuantity(typed);
	// Normalizing drops signs, points, "%" and "$", so words only match when their numbers agree too.
	const sameWording = (candidate: string): boolean => {
		const written = readQuantity(candidate);
		return (
			input !== '' &&
			input === normalize(candidate) &&
			given?.value === written?.value &&
			given?.percent === written?.percent &&
			given?.unit[0] === written?.unit[0]
		);
	};
	if (sameWording(answer.text)) return accepted('exact', answer.text, 'Right.');
	if (answer.aliases.some(sameWording)) {
		return accepted('alias', answer.text, `Accepted: ${typed}; the article writes ${answer.text}`);
	}
	if (given === undefined) {
		return verdict(false, answer.text, `Type a number, such as ${answer.text}`);
	}
	const match = answer.year ? given.value === answer.value && 'exact' : weigh(answer, given);
	if (typeof match === 'object') return otherUnit(answer, match);
	if (!match)
		return verdict(
			false,
			answer.text,
			`Not quite: the article says ${withUnit(answer.text, answer.unit)}`
		);
	return match === 'exact'
		? accepted('exact', answer.text, 'Right.')
		: accepted('tolerance', answer.text, `Accepted: the article says ${answer.text}`);
}

/** A right number in another unit: wrong, saying what the article counts. */
export function otherUnit(answer: Key, units: { key?: string; given: string }): Verdict {
	const says = withUnit(answer.text, answer.unit);
	return verdict(
		false,
		answer.text,
		`The article counts ${units.key}, not ${units.given}: it says ${says}`
	);
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
	playerWire: v.object({ form: v.literal('numeric'), prompt: v.string() }),
	playerView: ({ prompt }) => ({ form: 'numeric', prompt }),
	fromPlayer: (_, response) => response
};

/** Proportions and factors ("half", "fivefold"), which are asked as choices, never as a number to type. */
const PROPORTION =
	/^(?:a |one )?(?:half|third|quarter|fifth|tenth)s?$|^(?:two|three)[ -](?:thirds|quarters)$|^\S+fold$/i;

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
			if (PROPORTION.test(q.answer.text))
				return `"${q.answer.text}" is a proportion or a factor, not a count`;
			if (!q.answer.year && !q.answer.unit) return 'a quantity is asked without its unit';
			return undefined;
		}
	}
};

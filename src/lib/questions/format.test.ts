import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { NO_DISTRACTORS_FIXTURE } from '../../node/fixture-content.ts';
import { buildBank } from './bank.ts';
import { distractorsFor, indexFacts } from './distractors.ts';
import {
	dateAnswer,
	dateFormatOf,
	formatNumber,
	numberFormatOf,
	parseDate,
	sameDateForms,
	writeDate,
	type DateFormat
} from './format.ts';
import { gradeText } from './forms/typed.ts';
import { grade } from './grade.ts';
import { numberInWords, ordinalInWords, parseNumber } from './numbers.ts';
import { createRng } from './random.ts';
import type { Question } from './types.ts';

/** Every usual English form of a date, with what it names. */
const DATES: [string, DateFormat, string][] = [
	['2013', 'year', '{"year":2013}'],
	['May 2021', 'month-year', '{"year":2021,"month":5}'],
	['May 14, 2021', 'month-day-year', '{"year":2021,"month":5,"day":14}'],
	['Feb. 15, 1867', 'month-day-year', '{"year":1867,"month":2,"day":15}'],
	['May 14th, 2021', 'month-day-year', '{"year":2021,"month":5,"day":14}'],
	['24 May 2021', 'day-month-year', '{"year":2021,"month":5,"day":24}'],
	['the 24th of May 2021', 'day-month-year', '{"year":2021,"month":5,"day":24}'],
	['14 May', 'day-month', '{"year":0,"month":5,"day":14}'],
	['May 14', 'month-day', '{"year":0,"month":5,"day":14}'],
	['2021-05-24', 'iso', '{"year":2021,"month":5,"day":24}'],
	['2021-05', 'iso', '{"year":2021,"month":5}'],
	// Read as a range, its end being after its start: an ISO month is written 2021-05.
	['2008-11', 'year-range', '{"year":2008,"until":2011}'],
	['2013–2014', 'year-range', '{"year":2013,"until":2014}'],
	['2013-14', 'year-range', '{"year":2013,"until":2014}'],
	['1960 to 1992', 'year-range', '{"year":1960,"until":1992}'],
	['1990s', 'decade', '{"year":1990}'],
	['the early 1990s', 'decade', '{"year":1990}'],
	['mid-1990s', 'decade', '{"year":1990}'],
	['the 19th century', 'century', '{"year":1801}'],
	['the nineteenth century', 'century', '{"year":1801}'],
	['the late twenty-first century', 'century', '{"year":2001}']
];

describe('reading and writing dates', () => {
	it.each(DATES)('reads %j as a %s date and writes it back as it was', (text, format, parts) => {
		const read = parseDate(text)!;
		expect(read.shape.format).toBe(format);
		expect(JSON.stringify(read.parts)).toBe(parts);
		expect(writeDate(read.parts, read.shape)).toBe(text);
	});

	it.each([
		'31 February 2021',
		'30 February',
		'2021-13',
		'2014–2013',
		'May 14st',
		'Monday',
		'1990'
	])('reads %j as no date, or not as a calendar date it is not', (text) => {
		expect(parseDate(text)?.shape.format ?? 'none').not.toMatch(/month|iso|range/);
	});

	it('knows a date in its other usual forms', () => {
		expect(sameDateForms('24 May 2021')).toEqual(['May 24, 2021', '2021-05-24']);
		expect(sameDateForms('2013–2014')).toEqual(['2013-14', '2013 to 2014']);
		expect(sameDateForms('the 19th century')).toEqual(['the nineteenth century']);
	});
});

/** Every usual English form of a number, with its value. */
const NUMBERS: [string, number][] = [
	['5,100', 5100],
	['39%', 39],
	['6 billion', 6e9],
	['€2.3 billion', 2.3e9],
	['US$300', 300],
	['4,150 km²', 4150],
	['nine', 9],
	['twenty-two', 22],
	['two million', 2e6],
	['3rd', 3],
	['third', 3],
	['twenty-first', 21]
];

describe('a date typed more or less precisely than the key', () => {
	it('takes a day inside the key’s month, and the key’s year alone for a month', () => {
		expect(dateAnswer('August 2020', '18 August 2020')).toBe('finer');
		expect(dateAnswer('August 2020', '2020-08-18')).toBe('finer');
		expect(dateAnswer('2013', 'January 2013')).toBe('finer');
		expect(dateAnswer('August 2020', '2020')).toBe('year');
	});

	it('refuses another month, another year, or a year alone for a full date', () => {
		expect(dateAnswer('August 2020', '18 May 2020')).toBeUndefined();
		expect(dateAnswer('August 2020', '2021')).toBeUndefined();
		expect(dateAnswer('18 August 2020', '2020')).toBeUndefined();
		expect(dateAnswer('18 August 2020', 'August 2020')).toBeUndefined();
		expect(dateAnswer('the 1990s', '1995')).toBeUndefined();
	});

	it('takes every day of the key’s month and no day of any other', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2100 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				(year, keyMonth, month, day) => {
					const key = `${MONTH_NAMES[keyMonth - 1]} ${year}`;
					const typed = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
					expect(dateAnswer(key, typed)).toBe(month === keyMonth ? 'finer' : undefined);
				}
			)
		);
	});
});

const MONTH_NAMES =
	'January February March April May June July August September October November December'.split(
		' '
	);

describe('reading and writing numbers', () => {
	it.each(NUMBERS)(
		'reads %j as %d, as a learner types it and as an answer writes it',
		(text, value) => {
			expect(parseNumber(text)).toBe(value);
			const format = numberFormatOf(text)!;
			expect(formatNumber(format.shown, format)).toBe(text);
		}
	);

	it('writes numbers and ordinals in words', () => {
		expect([1, 12, 21, 40, 105, 4000].map(numberInWords)).toEqual([
			'one',
			'twelve',
			'twenty-one',
			'forty',
			'one hundred five',
			'four thousand'
		]);
		expect([1, 2, 3, 12, 20, 21].map(ordinalInWords)).toEqual([
			'first',
			'second',
			'third',
			'twelfth',
			'twentieth',
			'twenty-first'
		]);
	});

	it('reads ordinals, currencies and units a learner types', () => {
		expect(parseNumber('the third')).toBe(3);
		expect(parseNumber('3rd place')).toBe(3);
		expect(parseNumber('2st')).toBeUndefined();
		expect(parseNumber('€2.3bn')).toBe(2.3e9);
		expect(parseNumber('2.3 billion euros')).toBe(2.3e9);
		expect(parseNumber('4150 km2')).toBe(4150);
		expect(parseNumber('5 °C')).toBe(5);
	});
});

const fact = (kind: Fact['kind'], text: string, more: Partial<Fact['answer']> = {}): Fact => ({
	id: 'f',
	kind,
	prompt: 'When?',
	statement: `It was ${text}.`,
	quote: text,
	paragraph: 'p1',
	attribution: 'article',
	tags: [],
	answer: { text, aliases: [], tolerance: 0, distractors: [], ...more }
});

describe('generated distractors', () => {
	it.each(DATES.filter(([text]) => !/^(14 May|May 14)$/.test(text)))(
		'keep the form of %j',
		(text, format) => {
			const answer = fact('date', text, { date: '2021-05-14' });
			for (const seed of [1, 2, 3]) {
				const options = distractorsFor(answer, indexFacts([answer]), createRng(seed));
				expect(options).toHaveLength(3);
				for (const { text: option } of options) {
					expect(dateFormatOf(option), option).toBe(format);
					expect(option).not.toBe(text);
					// Written the same way: "the early", "of", ordinal days, cut months, words.
					expect(parseDate(option)!.shape).toEqual(parseDate(text)!.shape);
				}
			}
		}
	);

	it('keep a day and month without a year, in the year of the fact’s date', () => {
		for (const text of ['14 May', 'May 14', 'the 14th of May']) {
			const answer = fact('date', text, { date: '2021-05-14' });
			const options = distractorsFor(answer, indexFacts([answer]), createRng(1));
			expect(options).toHaveLength(3);
			for (const { text: option } of options) expect(dateFormatOf(option)).toBe(dateFormatOf(text));
		}
	});

	it.each(NUMBERS)('keep the form of the number %j', (text, value) => {
		const answer = fact('number', text, { value, unit: 'things' });
		const format = numberFormatOf(text)!;
		const options = distractorsFor(answer, indexFacts([answer]), createRng(1));
		expect(options).toHaveLength(3);
		for (const { text: option } of options) {
			const written = numberFormatOf(option)!;
			expect([written.style, written.prefix, written.suffix]).toEqual([
				format.style,
				format.prefix,
				format.suffix
			]);
			expect(parseNumber(option)).not.toBe(value);
		}
	});
});

describe('grading the usual forms', () => {
	const content = loadCorpus(readContentFiles(NO_DISTRACTORS_FIXTURE)).articles[0];
	const bank = buildBank(content);
	const question = (id: string) => bank.questions.find((q) => q.id === `danube/${id}`) as Question;
	const right = (id: string, text: string) => {
		const q = question(id);
		return grade(q, { form: q.form as 'numeric', text }).correct;
	};

	it('takes a number in words, an ordinal, a currency or a unit however it is typed', () => {
		expect(right('danube-countries:numeric', '10')).toBe(true);
		expect(right('danube-countries:numeric', 'ten')).toBe(true);
		expect(right('danube-rank:numeric', '2nd')).toBe(true);
		expect(right('danube-rank:numeric', 'second')).toBe(true);
		expect(right('danube-rank:numeric', 'third')).toBe(false);
		expect(right('canal-cost:numeric', '2.3 billion euros')).toBe(true);
		expect(right('canal-cost:numeric', '€2.3bn')).toBe(true);
		expect(right('delta-area:numeric', '4150 km2')).toBe(true);
	});

	it('takes a date in any of its usual forms in a blank', () => {
		expect(right('blue-danube-premiere:cloze', '15 February 1867')).toBe(true);
		expect(right('blue-danube-premiere:cloze', 'February 15, 1867')).toBe(true);
		expect(right('blue-danube-premiere:cloze', '1867-02-15')).toBe(true);
		expect(right('blue-danube-premiere:cloze', '16 February 1867')).toBe(false);
		expect(right('power-station-opening:cloze', '16 May 1972')).toBe(true);
		expect(right('canal-years:cloze', '1960-92')).toBe(true);
		expect(right('steamship-century:cloze', 'the nineteenth century')).toBe(true);
		expect(right('danube-day:cloze', 'June 29')).toBe(true);
		expect(right('blue-danube-premiere:cloze', '1867')).toBe(false);
	});

	it('takes a day inside a month the blank names, or its year alone, and says what the article writes', () => {
		const key = { text: 'August 2020', aliases: [] };
		expect(gradeText(key, '18 August 2020')).toMatchObject({
			correct: true,
			feedback: 'Accepted: 18 August 2020; the article writes August 2020.'
		});
		expect(gradeText(key, 'in 2020')).toMatchObject({ correct: true });
		expect(gradeText(key, 'May 2020').correct).toBe(false);
	});
});

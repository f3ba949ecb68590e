// A strict teacher's cases, both ways: what a fair grader accepts, and what it must still refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericQuestion, questionBase, typedQuestion } from './grade.fixture.ts';
import { grade } from './grade.ts';
import { parseNumber } from './numbers.ts';
import { normalize } from './text.ts';
import type { ClozeQuestion, NumericQuestion, TypedQuestion, Verdict } from './types.ts';

function cloze(text: string, value: number, unit?: string): ClozeQuestion {
	return {
		...questionBase(`cloze-${text}`),
		form: 'cloze',
		before: 'The attack killed ',
		after: ' in the centre of the country.',
		answer: { text, aliases: [], value, ...(unit === undefined ? {} : { unit }) }
	};
}

const gradeTyped = (question: TypedQuestion, text: string): Verdict =>
	grade(question, { form: 'typed', text });
const gradeNumeric = (question: NumericQuestion, text: string): Verdict =>
	grade(question, { form: 'numeric', text });

/** Table rows named by their key: [key, what is typed, question]. */
function byKey(rows: [NumericQuestion, string[]][]) {
	return rows.map(([question, texts]) => [question.answer.text, texts, question] as const);
}

/** Table rows named by what is typed and the key it is typed for: [typed, key, question]. */
function named<Q extends { answer: { text: string } }>(rows: (readonly [Q, string])[]) {
	return rows.map(([question, text]) => [text, question.answer.text, question] as const);
}

const MOSCOW = typedQuestion('Moscow');
const BAMAKO = typedQuestion('Bamako');
const SAHEL = typedQuestion('the Sahel');
const CAMARA = typedQuestion('Sadio Camara');
const SURNAME = typedQuestion('Camara');
const MACRON = typedQuestion('Emmanuel Macron', ['Macron']);
const USSR = typedQuestion('USSR', ['Soviet Union']);
const CAR = typedQuestion('Central African Republic', ['CAR']);
const MISSION = typedQuestion('UN peacekeeping mission', ['MINUSMA']);

describe('context words that only locate the answer', () => {
	it.each(
		named([
			[MOSCOW, 'to Moscow'],
			[MOSCOW, 'in Moscow'],
			[MOSCOW, 'from Moscow'],
			[BAMAKO, 'in Bamako'],
			[BAMAKO, 'at Bamako'],
			[BAMAKO, 'In Bamako.'],
			[SAHEL, 'in the Sahel'],
			[SAHEL, 'into the Sahel'],
			[SAHEL, 'towards the Sahel']
		])
	)('accepts a preposition before the place: %j for %j', (text, _key, question) => {
		expect(gradeTyped(question, text)).toMatchObject({ correct: true, match: 'exact' });
	});

	it('still forgives a typo after the preposition', () => {
		expect(gradeTyped(BAMAKO, 'in Bamakko')).toMatchObject({ correct: true, match: 'typo' });
	});

	it('accepts a trailing qualifier only when the key lists it as an alias', () => {
		expect(gradeTyped(typedQuestion('Bamako', ['Bamako, Mali']), 'Bamako, Mali').correct).toBe(
			true
		);
		expect(gradeTyped(BAMAKO, 'Bamako, Mali').correct).toBe(false);
		expect(gradeTyped(BAMAKO, 'in Bamako, Mali').correct).toBe(false);
	});

	it.each(
		named([
			[BAMAKO, 'near Bamako'],
			[BAMAKO, 'north of Bamako'],
			[BAMAKO, 'outside Bamako'],
			[MOSCOW, 'from Moscow to Bamako'],
			[MOSCOW, 'to'],
			[BAMAKO, 'in Gao']
		])
	)('refuses words that change the place: %j for %j', (text, _key, question) => {
		expect(gradeTyped(question, text).correct).toBe(false);
	});
});

describe('a title or rank before a name', () => {
	it.each(
		named([
			[CAMARA, 'Col. Sadio Camara'],
			[CAMARA, 'Colonel Sadio Camara'],
			[CAMARA, 'colonel sadio camara'],
			[CAMARA, 'Lt. Col. Sadio Camara'],
			[CAMARA, 'Defence Minister Sadio Camara'],
			[CAMARA, 'General Sadio Camara'],
			[MACRON, 'President Emmanuel Macron'],
			[MACRON, 'Mr Emmanuel Macron'],
			[MACRON, 'Président Emmanuel Macron']
		])
	)('accepts a title before the name: %j for %j', (text, _key, question) => {
		expect(gradeTyped(question, text)).toMatchObject({ correct: true, match: 'exact' });
	});

	it('accepts a title before an alias as that alias', () => {
		expect(gradeTyped(MACRON, 'President Macron')).toMatchObject({
			correct: true,
			match: 'alias',
			feedback: 'Accepted: President Macron; the article writes Emmanuel Macron.'
		});
	});

	it('accepts a title and a typo together', () => {
		expect(gradeTyped(CAMARA, 'Col. Sadio Camarra')).toMatchObject({
			correct: true,
			match: 'typo'
		});
	});

	it.each(
		named([
			[CAMARA, 'Rebel Sadio Camara'],
			[CAMARA, 'Brother Sadio Camara'],
			[CAMARA, 'Defence Sadio Camara'],
			[CAMARA, "Sadio Camara's brother"],
			[CAMARA, 'the brother of Sadio Camara'],
			[CAMARA, 'Colonel'],
			[CAMARA, 'Colonel Assimi Goita'],
			[MACRON, 'President']
		])
	)(
		'refuses a word that is no title, or words that change who it is: %j for %j',
		(text, _key, question) => {
			expect(gradeTyped(question, text).correct).toBe(false);
		}
	);
});

describe('dotted and spaced acronyms', () => {
	it.each(
		named([
			[USSR, 'U.S.S.R.'],
			[USSR, 'U.S.S.R'],
			[USSR, 'u.s.s.r.'],
			[USSR, 'U S S R'],
			[USSR, 'the U.S.S.R.'],
			[CAR, 'C.A.R.'],
			[CAR, 'C A R']
		])
	)('accepts %j for the acronym %j', (text, _key, question) => {
		expect(gradeTyped(question, text).correct).toBe(true);
	});

	it('normalizes dotted and spaced capitals to the acronym', () => {
		expect(normalize('U.S.S.R.')).toBe('ussr');
		expect(normalize('U S S R')).toBe('ussr');
		expect(normalize('the C.A.R.')).toBe('car');
	});

	it.each(
		named([
			[USSR, 'U.S.A.'],
			[USSR, 'U.S.S.'],
			[USSR, 'USR'],
			[typedQuestion('Central African Republic'), 'C.A.R.'],
			[CAR, 'C.A.R.S.']
		])
	)('refuses %j for %j: another acronym, or one the key does not list', (text, _key, question) => {
		expect(gradeTyped(question, text).correct).toBe(false);
	});
});

describe('a typo is a misspelling within words', () => {
	it.each(
		named([
			[CAMARA, 'Sadio Camarra'],
			[SURNAME, 'Camarra'],
			[MISSION, 'UN peacekeping mission'],
			[MISSION, 'UN peace-keeping mission'],
			[MISSION, 'UN peacekeepingmission']
		])
	)('accepts %j for %j as a typo', (text, _key, question) => {
		expect(gradeTyped(question, text)).toMatchObject({ correct: true, match: 'typo' });
	});

	it.each(
		named([
			[MISSION, 'peacekeeping mission'],
			[MISSION, 'the peacekeeping mission'],
			[MISSION, 'UN mission'],
			[MISSION, 'UN peacekeeping missions abroad'],
			[MISSION, 'EU peacekeeping mission'],
			[MISSION, 'UN peacekeping'],
			[CAMARA, 'Camarra'],
			[CAMARA, 'Sadio Camara Jr']
		])
	)('refuses %j for %j: a word dropped, added or swapped is no typo', (text, _key, question) => {
		expect(gradeTyped(question, text).correct).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const HALVES = [
	numericQuestion('half', 50, { unit: 'percent' }),
	numericQuestion('one half', 0.5),
	numericQuestion('50%', 50, { unit: '%' }),
	numericQuestion('0.5', 0.5)
];
const THIRD = numericQuestion('a third', 33, { unit: 'percent' });
const TWO_THIRDS = numericQuestion('two thirds', 2 / 3);
const QUARTER = numericQuestion('a quarter', 25, { unit: 'percent' });
const TENTH = numericQuestion('one tenth', 0.1);
const SHARE = numericQuestion('39%', 39, { unit: 'percent' });

describe('proportions in any usual writing', () => {
	const halves = ['one half', 'half', 'a half', 'one-half', 'by half', '0.5', '.5', '1/2'];
	const percents = ['50%', '50 %', '50 percent', '50 per cent', 'fifty percent'];
	it.each(
		HALVES.flatMap((question) =>
			[...halves, ...percents].map((text) => [question.answer.text, text, question] as const)
		)
	)('accepts for %j: %j', (_key, text, question) => {
		expect(gradeNumeric(question, text).correct).toBe(true);
	});

	it.each(
		byKey([
			[THIRD, ['1/3', 'one third', 'a third', '33%', '33.3%', '0.33', '0.333']],
			[TWO_THIRDS, ['2/3', 'two thirds', 'two-thirds', '67%', '66.7 percent', '0.67']],
			[QUARTER, ['1/4', 'a quarter', 'one fourth', '25%', '0.25', 'twenty-five percent']],
			[TENTH, ['1/10', 'a tenth', 'one tenth', '10%', '0.1', 'ten percent']]
		])
	)('accepts %j however written: %j', (_key, texts, question) => {
		for (const text of texts) expect(gradeNumeric(question, text).correct, text).toBe(true);
	});

	it('accepts a share written as a decimal for a key in percent', () => {
		expect(gradeNumeric(SHARE, '0.39').correct).toBe(true);
	});

	it.each(
		byKey([
			[HALVES[0], ['0.05', '5%', '1/3', 'a third', 'one quarter', '2', '5', '0.25']],
			[HALVES[1], ['50', '1/3', '5%', '0.05', 'two', 'twice']],
			[HALVES[3], ['50', '5%', '2/3']],
			[THIRD, ['30%', '34%', '0.3', '1/4', 'two thirds']],
			[TWO_THIRDS, ['60%', '2/5', '0.6', 'a third']],
			[QUARTER, ['1/5', '20%', '0.2', '4', 'a fourth of a million']],
			[TENTH, ['1/100', '1%', '10', '0.01']],
			[SHARE, ['0.38', '3.9', '0.039', '40%']]
		])
	)('refuses another share than %j: %j', (_key, texts, question) => {
		for (const text of texts) expect(gradeNumeric(question, text).correct, text).toBe(false);
	});

	it('reads fractions written with a slash or in words', () => {
		expect(parseNumber('1/2')).toBe(0.5);
		expect(parseNumber('three quarters')).toBe(0.75);
		expect(parseNumber('a half')).toBe(0.5);
		expect(parseNumber('3/0')).toBeUndefined();
		expect(parseNumber('1/2/3')).toBeUndefined();
		expect(parseNumber('half half')).toBeUndefined();
	});
});

const THOUSANDS = numericQuestion('four thousand', 4000, { unit: 'people' });
const SOLDIERS = numericQuestion('7,000', 7000, { unit: 'soldiers', tolerance: 500 });
const TEN_MILLION = numericQuestion('10 million', 1e7, { unit: 'dollars' });
const BILLION = numericQuestion('a billion', 1e9, { unit: 'dollars' });
const CIVILIANS = numericQuestion('22', 22, { unit: 'civilians' });
const FRANCS = numericQuestion('6 billion', 6e9, { unit: 'CFA francs' });
const MERCENARIES = numericQuestion('1,000', 1000, { unit: 'Russian mercenaries' });
const DISTANCE = numericQuestion('600', 600, { unit: 'kilometres' });
const WEEKS = numericQuestion('three', 3, { unit: 'weeks' });

describe('shorthand for thousands, millions and billions', () => {
	it.each(
		named([
			[THOUSANDS, '4k'],
			[THOUSANDS, '4K'],
			[THOUSANDS, '4k people'],
			[SOLDIERS, '7k'],
			[SOLDIERS, '7k soldiers'],
			[SOLDIERS, 'about 7k'],
			[SOLDIERS, '6.8k'],
			[TEN_MILLION, '$10M'],
			[TEN_MILLION, '$10m'],
			[TEN_MILLION, '10m'],
			[TEN_MILLION, '10mn'],
			[TEN_MILLION, '10 mln'],
			[TEN_MILLION, '10 million dollars'],
			[TEN_MILLION, '$10 million'],
			[TEN_MILLION, '10 million US dollars'],
			[TEN_MILLION, '10 million USD'],
			[TEN_MILLION, '10 million $'],
			[TEN_MILLION, '$ 10m'],
			[BILLION, '1bn'],
			[BILLION, '$1bn'],
			[BILLION, '1 bn'],
			[BILLION, '1b'],
			[BILLION, '$1 billion'],
			[BILLION, '1bn dollars'],
			[BILLION, '1,000m'],
			[FRANCS, '6bn'],
			[FRANCS, '6bn CFA francs'],
			[FRANCS, '6 billion francs']
		])
	)('accepts %j for %j', (text, _key, question) => {
		expect(gradeNumeric(question, text).correct).toBe(true);
	});

	it.each(
		named([
			[THOUSANDS, '4m'],
			[THOUSANDS, '40k'],
			[THOUSANDS, '4kk'],
			[SOLDIERS, '7b'],
			[TEN_MILLION, '$10k'],
			[TEN_MILLION, '10bn'],
			[TEN_MILLION, '$1m'],
			[BILLION, '1m'],
			[BILLION, '$1k']
		])
	)('refuses %j for %j: another scale', (text, _key, question) => {
		expect(gradeNumeric(question, text).correct).toBe(false);
	});

	it('reads shorthand as its value', () => {
		expect(parseNumber('4k')).toBe(4000);
		expect(parseNumber('$10M')).toBe(1e7);
		expect(parseNumber('1.5bn')).toBe(1.5e9);
		expect(parseNumber('€2.5m')).toBe(2.5e6);
		expect(parseNumber('4km')).toBeUndefined();
	});
});

describe('a stated unit or currency that differs from the article’s', () => {
	it.each(
		(
			[
				[TEN_MILLION, '10 million euros', 'dollars', 'euros'],
				[TEN_MILLION, '€10m', 'dollars', 'euros'],
				[TEN_MILLION, '10 million pounds', 'dollars', 'pounds'],
				[BILLION, '1 billion euros', 'dollars', 'euros'],
				[BILLION, '€1bn', 'dollars', 'euros'],
				[FRANCS, '6 billion dollars', 'CFA francs', 'dollars'],
				[CIVILIANS, '22 soldiers', 'civilians', 'soldiers'],
				[CIVILIANS, '22 troops', 'civilians', 'troops'],
				[MERCENARIES, '1,000 civilians', 'Russian mercenaries', 'civilians'],
				[DISTANCE, '600 miles', 'kilometres', 'miles'],
				[WEEKS, '3 months', 'weeks', 'months'],
				[HALVES[0], '50 people', 'percent', 'people'],
				[CIVILIANS, '22%', 'civilians', 'percent']
			] satisfies [NumericQuestion, string, string, string][]
		).map(([question, text, unit, given]) => [text, unit, given, question] as const)
	)('refuses %j: the article counts %s, not %s', (text, unit, given, question) => {
		const result = gradeNumeric(question, text);
		expect(result).toMatchObject({ correct: false, score: 0 });
		expect(result.feedback).toMatch(new RegExp(`^The article counts ${unit}, not ${given}: `));
	});

	it('says what the article says after the unit', () => {
		expect(gradeNumeric(TEN_MILLION, '10 million euros').feedback).toBe(
			'The article counts dollars, not euros: it says 10 million dollars.'
		);
	});

	it.each(
		named([
			[TEN_MILLION, '10 million'],
			[TEN_MILLION, '10,000,000'],
			[CIVILIANS, '22'],
			[CIVILIANS, '22 civilians'],
			[CIVILIANS, '22 civilian deaths'],
			[CIVILIANS, '22 people'],
			[MERCENARIES, '1,000 mercenaries'],
			[MERCENARIES, '1000 Russian mercenaries'],
			[MERCENARIES, '1,000 men'],
			[FRANCS, '6 billion CFA francs'],
			[DISTANCE, '600 km'],
			[DISTANCE, '600 kilometers'],
			[WEEKS, 'three weeks'],
			[HALVES[0], '50 percent']
		])
	)('accepts %j for %j: the same unit, or none stated', (text, _key, question) => {
		expect(gradeNumeric(question, text).correct).toBe(true);
	});

	it('says the value is wrong, not the unit, when both are', () => {
		expect(gradeNumeric(TEN_MILLION, '20 million euros').feedback).toBe(
			'Not quite: the article says 10 million dollars.'
		);
	});
});

describe('a number in a blank', () => {
	const blank = cloze('22', 22, 'civilians');

	it.each(['22', 'twenty-two', '22 civilians'])('fills the blank with %j', (text) => {
		expect(grade(blank, { form: 'cloze', text }).correct).toBe(true);
	});

	it('refuses another unit in the blank, saying so', () => {
		expect(grade(blank, { form: 'cloze', text: '22 soldiers' })).toMatchObject({
			correct: false,
			feedback: 'The article counts civilians, not soldiers: it says 22 civilians.'
		});
	});

	it.each(
		named([
			[cloze('half', 50, 'percent'), '1/2'],
			[cloze('4,000', 4000), '4k'],
			[cloze('10 million', 1e7, 'dollars'), '$10m']
		])
	)('reads a proportion or shorthand in a blank: %j for %j', (text, _key, question) => {
		expect(grade(question, { form: 'cloze', text }).correct).toBe(true);
	});

	it.each(
		named([
			[cloze('half', 50, 'percent'), '1/3'],
			[cloze('4,000', 4000), '4m'],
			[cloze('10 million', 1e7, 'dollars'), '€10m']
		])
	)('refuses another value or currency in a blank: %j for %j', (text, _key, question) => {
		expect(grade(question, { form: 'cloze', text }).correct).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const PIECES = fc
	.array(
		fc.constantFrom(
			'U.',
			'S.',
			'U',
			'S',
			'.',
			' ',
			'Col.',
			'Colonel',
			'President',
			'to',
			'in',
			'the',
			"l'",
			'a',
			'É',
			'Camara',
			'-',
			'$',
			'10m',
			'½'
		),
		{ maxLength: 10 }
	)
	.map((pieces) => pieces.join(''));
const ANY_TEXT = fc.oneof(PIECES, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary' }));

const PREFIXES = [
	'to',
	'in',
	'In',
	'at',
	'from',
	'into',
	'Col.',
	'Colonel',
	'President',
	'Gen.',
	'Lt. Col.',
	'Defence Minister',
	'Dr',
	'Mr.',
	'to the',
	'in President'
];
const KEYS = [CAMARA, MACRON, BAMAKO, MOSCOW, SAHEL, USSR, CAR, MISSION];
const SPELLINGS = KEYS.flatMap((question) =>
	[question.answer.text, ...question.answer.aliases].map((text) => ({ question, text }))
);

describe('properties of fair grading', () => {
	it('normalizes anything without throwing, idempotently', () => {
		fc.assert(
			fc.property(ANY_TEXT, (text) => {
				const once = normalize(text);
				expect(normalize(once)).toBe(once);
			}),
			{ numRuns: 1000 }
		);
	});

	it('accepts a right answer after a title or a preposition', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SPELLINGS), fc.constantFrom(...PREFIXES), (key, prefix) => {
				// "to the the Sahel" is no one's writing.
				fc.pre(!(prefix.endsWith('the') && /^the /i.test(key.text)));
				expect(gradeTyped(key.question, `${prefix} ${key.text}`).correct).toBe(true);
			})
		);
	});

	it('refuses any answer that only drops a word of a longer key', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SPELLINGS), fc.nat(), ({ question, text }, at) => {
				const words = text.split(' ');
				fc.pre(words.length > 1);
				const dropped = words.filter((_, i) => i !== at % words.length).join(' ');
				fc.pre(
					![question.answer.text, ...question.answer.aliases].some(
						(s) => normalize(s) === normalize(dropped)
					)
				);
				expect(gradeTyped(question, dropped).correct).toBe(false);
			})
		);
	});

	const CURRENCIES = [
		['dollars', '$'],
		['euros', '€'],
		['pounds', '£'],
		['yen', '¥'],
		['roubles', '₽'],
		['CFA francs', undefined],
		['yuan', undefined],
		['naira', undefined]
	] as const;

	it('refuses any answer in another currency, whatever its scale is written as', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CURRENCIES),
				fc.constantFrom(...CURRENCIES),
				fc.integer({ min: 1, max: 999 }),
				fc.constantFrom(
					['', 1],
					[' thousand', 1e3],
					['k', 1e3],
					[' million', 1e6],
					['m', 1e6],
					['bn', 1e9]
				),
				fc.boolean(),
				([keyUnit], [givenUnit, symbol], count, [scale, factor], useSymbol) => {
					fc.pre(keyUnit !== givenUnit);
					const question = numericQuestion(`${count}${scale}`, count * factor, { unit: keyUnit });
					const text =
						useSymbol && symbol ? `${symbol}${count}${scale}` : `${count}${scale} ${givenUnit}`;
					const result = gradeNumeric(question, text);
					expect(result.correct).toBe(false);
					expect(result.feedback).toMatch(/^The article counts /);
					expect(gradeNumeric(question, `${count}${scale} ${keyUnit}`).correct).toBe(true);
					expect(gradeNumeric(question, `${count}${scale}`).correct).toBe(true);
				}
			)
		);
	});

	it('reads any fraction of tenths or less as its value', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 9 }), (d, n) => {
				fc.pre(n < d);
				expect(parseNumber(`${n}/${d}`)).toBeCloseTo(n / d, 12);
			})
		);
	});

	it('reads any shorthand k, m or bn as its scaled value', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 999 }),
				fc.constantFrom(['k', 1e3], ['m', 1e6], ['bn', 1e9], ['M', 1e6], ['K', 1e3]),
				fc.constantFrom('', '$', '€', '£'),
				(count, [suffix, factor], symbol) => {
					expect(parseNumber(`${symbol}${count}${suffix}`)).toBe(count * factor);
				}
			)
		);
	});

	it('grades any text typed for any fair-grading key without throwing', () => {
		const questions = [...HALVES, THIRD, TEN_MILLION, CIVILIANS, WEEKS];
		fc.assert(
			fc.property(fc.constantFrom(...questions), ANY_TEXT, (question, text) => {
				const result = gradeNumeric(question, text);
				expect(result.score).toBe(result.correct ? 1 : 0);
			}),
			{ numRuns: 1000 }
		);
	});
});

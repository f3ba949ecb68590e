import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { QUESTION_FORMS } from '../content/kinds.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { buildLibrary, deckBundle } from '../questions/library.ts';
import { codedDecks } from './editions.ts';
import type { ClientQuestion } from '../questions/types.ts';
import { ALPHABET, fromBase32, toBase32 } from './base32.ts';
import {
	CLASS_COUNTS,
	CLASS_SEEDS,
	CLASS_TIMES,
	decodeClassCode,
	deckEdition,
	deckTag,
	deckTags,
	taggedDecks,
	encodeClassCode,
	type ClassQuiz
} from './class-code.ts';
import { decodeResult, encodeResult, type ClassResult, type Mark } from './result-code.ts';
import { resultsCsv } from './results-csv.ts';
import { markScore } from '../questions/grade.ts';
import { intakeResults, questionStats } from './results.ts';

const library = buildLibrary(loadCorpus(readContentFiles('questions')));
const coded = codedDecks(library);
const decks = coded.map((d) => d.key);
const editionOf = (key: string) => coded.find((d) => d.key === key)!.edition;
const tagOf = (key: string) => coded.find((d) => d.key === key)!.tag;

const classQuiz: fc.Arbitrary<ClassQuiz> = fc.record({
	deck: fc.constantFrom(...decks),
	seed: fc.integer({ min: 0, max: CLASS_SEEDS - 1 }),
	count: fc.constantFrom(...CLASS_COUNTS),
	forms: fc.subarray([...QUESTION_FORMS]),
	seconds: fc.constantFrom(...CLASS_TIMES),
	order: fc.constantFrom('random' as const, 'article' as const)
});

/** Every code that differs from `code` in exactly one character. */
function oneCharacterChanges(code: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < code.length; i++) {
		if (code[i] === '-') continue;
		for (const c of ALPHABET) if (c !== code[i]) out.push(code.slice(0, i) + c + code.slice(i + 1));
	}
	return out;
}

describe('base32', () => {
	it('reads back any bytes it writes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
				expect(fromBase32(toBase32(bytes), bytes.length)).toEqual(bytes);
			})
		);
	});

	it('reads codes as people type them: any case, O for 0, I and L for 1, spaces and hyphens', () => {
		const bytes = new Uint8Array([0, 1, 2, 3, 4]);
		const code = toBase32(bytes);
		expect(fromBase32(code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l'), 5)).toEqual(bytes);
		expect(fromBase32(` ${code.slice(0, 4)} - ${code.slice(4)} `, 5)).toEqual(bytes);
	});
});

describe('class codes', () => {
	it('give every deck its own tag, so a code names one deck', () => {
		expect(new Set(deckTags(coded).values()).size).toBe(coded.length);
	});

	it('move only the later of two decks that want the same tag, to the next free one', () => {
		const [a, b, c] = ['x/a', 'x/b', 'x/c'].map((key) => ({ key, edition: '1' }));
		const wanted = deckTag(a);
		const clash = (key: string) => {
			for (let i = 0; ; i++) if (deckTag({ key, edition: String(i) }) === wanted) return String(i);
		};
		const twin = { ...b, edition: clash(b.key) };
		const tags = deckTags([twin, a, c]);
		expect(deckTag(twin)).toBe(wanted);
		expect(tags.get(a.key)).toBe(wanted);
		expect(tags.get(c.key)).toBe(deckTag(c));
		expect(tags.get(twin.key)).not.toBe(wanted);
		expect(new Set(tags.values()).size).toBe(3);
		// A code made for the moved deck reads back as that deck.
		const quiz = {
			deck: twin.key,
			seed: 1,
			count: 5 as const,
			forms: [],
			seconds: 0 as const,
			order: 'random' as const
		};
		const decks = [twin, a, c];
		expect(
			decodeClassCode(encodeClassCode(quiz, tags.get(twin.key)!), taggedDecks(decks))
		).toMatchObject({
			quiz: { deck: twin.key }
		});
	});

	it('are 8 characters from the unambiguous alphabet, and read back as the same quiz', () => {
		fc.assert(
			fc.property(classQuiz, (quiz) => {
				const code = encodeClassCode(quiz, tagOf(quiz.deck));
				expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
				const read = decodeClassCode(code, coded);
				expect(read).toEqual({
					quiz: { ...quiz, forms: QUESTION_FORMS.filter((f) => quiz.forms.includes(f)) },
					code
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('catch every single mistyped character', () => {
		fc.assert(
			fc.property(classQuiz, (quiz) => {
				const code = encodeClassCode(quiz, tagOf(quiz.deck));
				for (const changed of oneCharacterChanges(code))
					expect(decodeClassCode(changed, coded)).toHaveProperty('error');
			}),
			{ numRuns: 50 }
		);
	});

	it('explain what is wrong with a bad or outdated code', () => {
		expect(decodeClassCode('', coded)).toEqual({
			error: 'Type the class code your teacher gave you.'
		});
		expect(decodeClassCode('HELLO', coded)).toHaveProperty(
			'error',
			expect.stringMatching(/8 letters and digits/)
		);
		expect(decodeClassCode('<script>', coded)).toHaveProperty(
			'error',
			expect.stringMatching(/not a class code/)
		);
		const quiz: ClassQuiz = {
			deck: decks[0],
			seed: 1,
			count: 10,
			forms: [],
			seconds: 0,
			order: 'random'
		};
		const code = encodeClassCode(quiz, tagOf(decks[0]));
		expect(
			decodeClassCode(code, taggedDecks([{ key: 'another/deck', edition: editionOf(decks[0]) }]))
		).toHaveProperty('error', expect.stringMatching(/may be outdated/));
		// The deck's questions changed since the code was made: same key, another edition.
		const edited = deckBundle(library, library.deck(decks[0])!).questions.slice(1);
		expect(
			decodeClassCode(code, taggedDecks([{ key: decks[0], edition: deckEdition(edited) }]))
		).toHaveProperty('error', expect.stringMatching(/may be outdated/));
		expect(decodeClassCode(code, coded)).toHaveProperty('quiz');
	});
});

/** The article of the first deck, whose class code the results below are read against. */
const firstArticle = library.articles.find((a) => a.decks.some((d) => d.key === decks[0]))!;
const questions = firstArticle.bank.questions
	.filter((q) => q.form === 'choice' || q.form === 'typed')
	.slice(0, 6) as ClientQuestion[];
const classCode = encodeClassCode(
	{ deck: decks[0], seed: 7, count: 10, forms: [], seconds: 30, order: 'random' },
	tagOf(decks[0])
);

const mark: fc.Arbitrary<Mark> = fc.oneof(
	fc.integer({ min: 0, max: 5 }).map((index) => ({ kind: 'option' as const, index })),
	fc.constantFrom(
		{ kind: 'blank' as const },
		{ kind: 'wrong' as const },
		{ kind: 'right' as const }
	),
	fc
		.integer({ min: 0, max: 6 })
		.map((n) => ({ kind: 'partial' as const, score: Math.round((n / 6) * 100) / 100 }))
);
const result: fc.Arbitrary<ClassResult> = fc.record({
	classCode: fc.constant(classCode),
	name: fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim() || 'Ada'),
	seconds: fc.integer({ min: 0, max: 65_535 }),
	score: fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
	answers: fc.array(mark, { maxLength: 50 })
});

describe('result codes', () => {
	it('read back exactly what they carry', () => {
		fc.assert(
			fc.property(result, (r) => {
				expect(decodeResult(encodeResult(r))).toEqual({ result: r });
			}),
			{ numRuns: 2000 }
		);
	});

	it('catch every single changed character', () => {
		fc.assert(
			fc.property(result, (r) => {
				const code = encodeResult(r);
				for (const changed of oneCharacterChanges(code))
					expect(decodeResult(changed)).toHaveProperty('error');
			}),
			{ numRuns: 30 }
		);
	});

	it('never throw on any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				expect(() => decodeResult(text)).not.toThrow();
			})
		);
	});
});

describe('the class results', () => {
	const student = (name: string, answers: Mark[], code = classCode) =>
		encodeResult({ classCode: code, name, seconds: 60, score: 0, answers });
	const right = (q: ClientQuestion): Mark =>
		q.form === 'choice' ? { kind: 'option', index: q.answer } : { kind: 'right' };
	const wrong = (q: ClientQuestion, n = 0): Mark =>
		q.form === 'choice'
			? { kind: 'option', index: (q.answer + 1 + n) % q.options.length }
			: { kind: 'wrong' };

	it('refuse a code for another quiz, a damaged code and a duplicate, each with its reason', () => {
		const other = encodeClassCode(
			{ deck: decks[0], seed: 8, count: 10, forms: [], seconds: 30, order: 'random' },
			tagOf(decks[0])
		);
		const good = student('Ada', questions.map(right));
		const intake = intakeResults(
			[
				good,
				student('Bo', questions.map(right), other),
				good.slice(0, -1) + (good.at(-1) === 'A' ? 'B' : 'A'),
				student('ada', [])
			],
			classCode
		);
		expect(intake.map((i) => ('error' in i ? i.error : i.result.name))).toEqual([
			'Ada',
			`This code is for another class quiz (${other}).`,
			'This code is damaged: a character was changed or left out.',
			'ada already has a result here: this one is a duplicate.'
		]);
	});

	it('give each question the share right and the wrong option chosen most', () => {
		const intake = intakeResults(
			[
				student('A', questions.map(right)),
				student(
					'B',
					questions.map((q) => wrong(q))
				),
				student(
					'C',
					questions.map((q) => wrong(q))
				),
				student(
					'D',
					questions.map((q) => wrong(q, 1))
				)
			],
			classCode
		);
		const results = intake.flatMap((i) => ('result' in i ? [i.result] : []));
		const stats = questionStats(questions, results);
		for (const [i, s] of stats.entries()) {
			expect(s.right).toBe(0.25);
			expect(s.answered).toBe(4);
			const q = questions[i];
			if (q.form === 'choice')
				expect(s.commonWrong).toEqual({
					option: q.options[(q.answer + 1) % q.options.length],
					count: 2
				});
			else expect(s.commonWrong).toBeUndefined();
		}
		for (const r of results)
			expect(questions.reduce((sum, q, i) => sum + markScore(q, r.answers[i]), 0)).toBe(
				r.name === 'A' ? questions.length : 0
			);
	});

	it('export as CSV with each name a spreadsheet would run as a formula kept as text', () => {
		const names = ['=1+1', '@SUM(A1)', '+1+1', '-2+3', '=HYPERLINK("http://x","y")', '-5', 'Ada'];
		const intake = intakeResults(
			names.map((name, i) =>
				student(
					name,
					questions.map((q, j) => (j <= i ? right(q) : wrong(q)))
				)
			),
			classCode
		);
		const results = intake.flatMap((i) => ('result' in i ? [i.result] : []));
		expect(results.map((r) => r.name)).toEqual(names);
		const csv = resultsCsv(questions, results);
		const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
		expect(header).toEqual([
			'name',
			'points',
			'out_of',
			'seconds',
			...questions.map((_, i) => `q${i + 1}`)
		]);
		// A name a spreadsheet would run starts with a quote; "-5" is a number and stays one.
		expect(rows.map((row) => row[0])).toEqual([
			"'=1+1",
			"'@SUM(A1)",
			"'+1+1",
			"'-2+3",
			`'=HYPERLINK("http://x","y")`,
			'-5',
			'Ada'
		]);
		for (const [i, row] of rows.entries()) {
			const rightOnes = Math.min(i + 1, questions.length);
			expect(row.slice(1, 4).map(Number)).toEqual([rightOnes, questions.length, 60]);
			expect(row.slice(4).map(Number)).toEqual(questions.map((_, j) => (j <= i ? 1 : 0)));
		}
	});

	it('name the wrong option chosen most of a statement or a blank with options, as students saw it', () => {
		const bank = library.articles.flatMap((a) => a.bank.questions) as ClientQuestion[];
		const statement = bank.find((q) => q.form === 'true-false' && q.answer)!;
		const blank = bank.find((q) => q.form === 'cloze' && q.options)!;
		if (blank.form !== 'cloze' || !blank.options) throw new Error('no cloze with options');
		const wrongBlank = blank.options.findIndex((option) => option !== blank.answer.text);
		const both = [statement, blank];
		const intake = intakeResults(
			['A', 'B', 'C'].map((name, i) =>
				student(name, [
					{ kind: 'option', index: 1 },
					{
						kind: 'option',
						index: i === 2 ? blank.options!.indexOf(blank.answer.text) : wrongBlank
					}
				])
			),
			classCode
		);
		const stats = questionStats(
			both,
			intake.flatMap((i) => ('result' in i ? [i.result] : []))
		);
		expect(stats.map((s) => s.commonWrong)).toEqual([
			{ option: 'False', count: 3 },
			{ option: blank.options[wrongBlank], count: 2 }
		]);
		expect(stats.map((s) => s.right)).toEqual([0, 1 / 3]);
	});
});

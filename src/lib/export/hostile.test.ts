import fc from 'fast-check';
import Papa from 'papaparse';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { ClientQuestion, FactView } from '../questions/index.ts';
import { APKG_MODELS } from './apkg.ts';
import { oneLine, type ExportInput } from './common.ts';
import { csvText, neutralizeCell } from './csv-text.ts';
import { escapeGift, giftText } from './gift.ts';
import { EXPORT_FORMATS, ExportError, exportQuiz, type ExportFormat } from './index.ts';
import {
	giftMatchAnswer,
	htmlText,
	readAnki,
	readApkg,
	readCsv,
	readDeckJson,
	readGift,
	readKahoot,
	moodleGiftTypes,
	readMoodleXml,
	readQuizlet,
	textOf,
	type XmlNode
} from '../../../tests/support/read-back.ts';

// Every character some format reserves, in one string.
const NASTY = `a:b =c ~d #e {f} \\g <h> &i "j" 'k' ]]> {{c1::l}} %m [html]n ;o, |p`;

function fact(
	id: string,
	statement: string,
	answer: string,
	extra: Partial<FactView> = {}
): FactView {
	return {
		id,
		article: 'hostile',
		kind: 'term',
		statement,
		answer,
		quote: `quote of ${id}: ${NASTY}`,
		paragraph: 'p1',
		attribution: 'article',
		tags: ['hostile tag', 'x'],
		...extra
	};
}

const base = { article: 'hostile', position: 0 };
const facts: FactView[] = [
	fact('nasty', `Said: ${NASTY}, and {f} again.`, NASTY, {
		note: `a note\twith\ncontrol \u0007 ${NASTY}`
	}),
	fact('braces', 'The set {x} holds x.', 'x'),
	fact('plain', 'The answer is 42 & more.', '42 & more'),
	fact('arrow', 'The arrow -> points.', '->')
];

const questions: ClientQuestion[] = [
	{
		...base,
		id: 'hostile/nasty:choice',
		facts: ['nasty'],
		form: 'choice',
		prompt: `[html]Which one: ${NASTY}?`,
		options: [`%50%${NASTY}`.slice(0, 70), 'B & C', '<b>bold</b>', '[plain] x'],
		answer: 0
	},
	{
		...base,
		id: 'hostile/nasty:true-false:false',
		facts: ['nasty'],
		form: 'true-false',
		prompt: 'True or false?',
		statement: `%Said: ${NASTY}`,
		answer: false,
		swap: { from: '{f}', to: '#e' }
	},
	{
		...base,
		id: 'hostile/braces:typed',
		facts: ['braces'],
		form: 'typed',
		prompt: 'Which letter does the set {x} hold?',
		answer: { text: 'x*', aliases: ['=eq', '~tilde', 'C:\\path', '%5%'] }
	},
	{
		...base,
		id: 'hostile/plain:numeric',
		facts: ['plain'],
		form: 'numeric',
		prompt: 'How much, #1?',
		answer: {
			text: '−3.5 {µm}',
			value: -3.5,
			tolerance: 0.25,
			unit: 'µm',
			aliases: [],
			year: false
		}
	},
	{
		...base,
		id: 'hostile/pairs:match:16v1p3a',
		facts: ['nasty', 'braces', 'plain'],
		form: 'match',
		set: 'pairs',
		prompt: 'Match: each = to ~?',
		left: ['A:1', '[plain]B', '{C} & D'],
		right: ['x -> y', '#z', '\\w'],
		answer: [1, 2, 0]
	},
	{
		...base,
		id: 'hostile/timeline:order:14fomfn',
		facts: ['nasty', 'braces'],
		form: 'order',
		prompt: 'Order {these}:',
		items: [
			{ fact: 'braces', label: 'Second: {x}', when: '2', date: '2002' },
			{ fact: 'nasty', label: `First ${NASTY}`, when: '1', date: '2001' }
		],
		answer: ['nasty', 'braces']
	},
	{
		...base,
		id: 'hostile/arrow:choice',
		facts: ['arrow'],
		form: 'choice',
		prompt: 'Which arrow?',
		options: ['->', '<-'],
		answer: 0
	},
	{
		...base,
		id: 'hostile/arrow:typed',
		facts: ['arrow'],
		form: 'typed',
		prompt: 'Which arrow?',
		answer: { text: '->', aliases: [] }
	}
];

const input: ExportInput = {
	title: 'Quiz: {hostile} / "nasty" :: #1',
	deckKey: 'hostile/all',
	questions,
	facts,
	now: new Date('2026-03-02T10:00:00Z'),
	sourceUrl: (f) => `https://example.org/a?x=1&y="2"#${f.paragraph}`
};

const text = async (format: ExportFormat) => (await exportQuiz(format, input)).data as string;

describe('exports of text full of characters the formats reserve', () => {
	it('reach gift-pegjs intact, leaving out what GIFT cannot escape', async () => {
		const file = await exportQuiz('gift', input);
		expect(file.report.left.map((l) => l.question)).toEqual([
			'hostile/timeline:order:14fomfn',
			'hostile/arrow:typed'
		]);
		const parsed = readGift(file.data as string);
		expect(parsed.map((g) => g.title)).toEqual(
			[...questions.slice(0, 5), questions[6]].map((q) => q.id)
		);
		expect(moodleGiftTypes(file.data as string)).toEqual([
			'multichoice',
			'truefalse',
			'shortanswer',
			'numerical',
			'match',
			'multichoice'
		]);
		const arrows = parsed[5];
		if (arrows.type !== 'MC') throw new Error(arrows.type);
		expect(arrows.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([
			['->', true],
			['<-', false]
		]);
		const [choice, tf, typed, numeric, match] = parsed;
		if (choice.type !== 'MC') throw new Error(choice.type);
		expect(choice.stem.text).toBe(oneLine(questions[0].prompt));
		const q0 = questions[0] as Extract<ClientQuestion, { form: 'choice' }>;
		expect(choice.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(
			q0.options.map((o, i) => [o, i === 0])
		);
		expect(choice.globalFeedback?.text).toContain(oneLine(facts[0].quote));
		if (tf.type !== 'TF') throw new Error(tf.type);
		expect([tf.stem.text, tf.isTrue]).toEqual([`%Said: ${NASTY}`, false]);
		expect(tf.globalFeedback?.text).toContain('the article says “{f}”, not “#e”');
		if (typed.type !== 'Short') throw new Error(typed.type);
		expect(typed.choices.map((c) => c.text.text)).toEqual([
			'x\\*',
			'=eq',
			'~tilde',
			'C:\\path',
			'%5%',
			'x',
			'eq',
			'tilde',
			'c path',
			'5'
		]);
		if (numeric.type !== 'Numerical' || !Array.isArray(numeric.choices))
			throw new Error(numeric.type);
		expect(numeric.choices[0].text).toEqual({ type: 'range', number: -3.5, range: 0.25 });
		if (match.type !== 'Matching') throw new Error(match.type);
		expect(match.matchPairs.map((p) => [p.subquestion.text, giftMatchAnswer(p.subanswer)])).toEqual(
			[
				['A:1', '#z'],
				['[plain]B', '\\w'],
				['{C} & D', 'x -> y']
			]
		);
	});

	it('stay well-formed Moodle XML that reads back as written', async () => {
		const xml = await text('moodle-xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const [category, ...read] = readMoodleXml(xml);
		expect(textOf(category.category as XmlNode)).toBe(
			'$course$/top/factdeck/Quiz: {hostile} // "nasty" :: #1'
		);
		expect(read.map((x) => textOf(x.name as XmlNode))).toEqual(questions.map((q) => q.id));
		expect(htmlText(textOf(read[0].questiontext as XmlNode))).toBe(oneLine(questions[0].prompt));
		const options = (read[0].answer as XmlNode[]).map((a) => htmlText(textOf(a)));
		expect(options).toEqual((questions[0] as { options: string[] }).options);
		const feedback = textOf(read[0].generalfeedback);
		expect(feedback).toContain('<a href="https://example.org/a?x=1&amp;y=&quot;2&quot;#p1">');
		expect(htmlText(feedback)).toContain(oneLine(facts[0].quote));
		const typed = (read[2].answer as XmlNode[]).map((a) => textOf(a));
		expect(typed.slice(0, 5)).toEqual(['x\\*', '=eq', '~tilde', 'C:\\path', '%5%']);
		const pairs = (read[4].subquestion as XmlNode[]).map((s) => [
			htmlText(textOf(s)),
			textOf(s.answer as XmlNode[])
		]);
		expect(pairs).toEqual([
			['A:1', '#z'],
			['[plain]B', '\\w'],
			['{C} & D', 'x -> y']
		]);
		expect((read[5].answer as XmlNode[]).map((a) => htmlText(textOf(a)))).toEqual([
			`First ${NASTY}`,
			'Second: {x}'
		]);
	});

	// An Anki package among them: SQLite compiles from WebAssembly, seconds on a busy machine.
	it('link only to web addresses, whatever the source links give', async () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/p1 x'])
			for (const format of ['moodle-xml', 'gift', 'csv', 'anki'] as const) {
				const data = (await exportQuiz(format, { ...input, sourceUrl: () => url })).data as string;
				expect(data).not.toMatch(/javascript:|data:text|vbscript:|href/);
			}
		const file = await exportQuiz('apkg', { ...input, sourceUrl: () => 'javascript:alert(1)' });
		for (const note of (await readApkg(file.data as Uint8Array)).notes)
			expect(note.fields.join('\n')).not.toMatch(/javascript:|href/);
	}, 60_000);

	it('read back from the Kahoot sheet as written', async () => {
		const file = await exportQuiz('kahoot', input);
		const { rows } = await readKahoot(file.data as Uint8Array<ArrayBuffer>);
		expect(rows.map((r) => [r.question, r.answers, r.correct])).toEqual([
			[oneLine(questions[0].prompt), (questions[0] as { options: string[] }).options, 1],
			[`%Said: ${NASTY}`, ['True', 'False'], 2],
			['Which arrow?', ['->', '<-'], 1]
		]);
	});

	it('read back from the Anki file as written, with clozes only where braces allow', async () => {
		const { rows } = readAnki(await text('anki'));
		// The facts with braces in their statements cannot be clozes: their questions become Basic notes.
		expect(rows.map((r) => r[0])).toEqual(['Basic', 'Basic', 'Cloze', 'Basic', 'Basic', 'Cloze']);
		for (const row of rows) {
			expect(row[1]).toBe('factdeck::Quiz: {hostile} / "nasty" : #1');
			for (const field of row)
				for (const c of ['\t', '\n', '\u0007']) expect(field).not.toContain(c);
		}
		const q0 = questions[0] as Extract<ClientQuestion, { form: 'choice' }>;
		expect(rows[0][2]).toBe(oneLine(q0.prompt));
		expect(rows[0][3].startsWith(`${q0.options[0]} — The article: “quote of nasty`)).toBe(true);
		expect(rows[2][2]).toBe('The answer is {{c1::42 & more}}.');
		expect(rows[5][2]).toBe('The arrow {{c1::->}} points.');
	});

	// SQLite compiles from WebAssembly to write and to read: seconds on a busy machine.
	it('read back from the Anki package as written, every field escaped as HTML', async () => {
		const { notes } = await readApkg((await exportQuiz('apkg', input)).data as Uint8Array);
		// The same notes as the text file: the facts with braces in their statements are not clozes.
		const cloze = APKG_MODELS.cloze.id;
		expect(notes.map((n) => (n.mid === cloze ? 'Cloze' : 'Basic'))).toEqual([
			'Basic',
			'Basic',
			'Cloze',
			'Basic',
			'Basic',
			'Cloze'
		]);
		for (const note of notes) {
			expect(note.fields).toHaveLength(note.mid === cloze ? 2 : 3);
			// Markup only where the export puts it: paragraphs and links in the source.
			expect(note.fields.slice(0, -1).join('')).not.toMatch(/[<>]/);
			expect(note.fields.at(-1)!.replace(/<\/?(p|a)\b[^>]*>/g, '')).not.toMatch(/[<>]/);
			expect(note.tags).toEqual(expect.arrayContaining(['factdeck', 'hostile', 'hostile_tag']));
		}
		const q0 = questions[0] as Extract<ClientQuestion, { form: 'choice' }>;
		expect(htmlText(notes[0].fields[0])).toBe(oneLine(q0.prompt));
		expect(htmlText(notes[0].fields[1])).toBe(q0.options[0]);
		expect(notes[0].fields[2]).toContain(
			'<a href="https://example.org/a?x=1&amp;y=&quot;2&quot;#p1">paragraph 1</a>'
		);
		expect(htmlText(notes[0].fields[2])).toContain(`Note: a note with control ${NASTY}`);
		expect(notes[2].fields[0]).toBe('The answer is {{c1::42 &amp; more}}.');
		expect(notes[5].fields[0]).toBe('The arrow {{c1::-&gt;}} points.');
	}, 60_000);

	it('read back from the Quizlet text as written, one card a line', async () => {
		const cards = readQuizlet(await text('quizlet'));
		expect(cards[0]).toEqual([
			oneLine(questions[0].prompt),
			(questions[0] as { options: string[] }).options[0]
		]);
		expect(cards).toContainEqual(['{C} & D', 'x -> y']);
		for (const card of cards) expect(card).toHaveLength(2);
	});

	it('read back from the CSV as written', async () => {
		const { rows } = readCsv(await text('csv'));
		expect(rows.map((r) => r.id)).toEqual(questions.map((q) => q.id));
		expect(rows[0].prompt).toBe(oneLine(questions[0].prompt));
		expect(rows[0].answer).toBe((questions[0] as { options: string[] }).options[0]);
		expect(rows[0].explanation).toContain(oneLine(facts[0].quote));
		expect(rows[0].explanation).toContain(`Note: a note with control ${NASTY}`);
		expect(rows[0].source).toBe('https://example.org/a?x=1&y="2"#p1');
	});

	it('survive in the JSON document untouched', async () => {
		const doc = readDeckJson(await text('json'));
		expect(doc.questions).toEqual(questions);
		expect(doc.facts).toEqual(facts);
	});
});

// A fact whose quote and note hold arrows: every question on it carries them in its feedback.
const arrowFact = fact('road', 'The road runs from Gao to Kidal.', 'Kidal', {
	quote: 'the road Gao -> Kidal',
	note: 'read -> as "to"'
});
const onRoad = { ...base, facts: ['road'] };
const arrowFeedback: ClientQuestion[] = [
	{
		...onRoad,
		id: 'road:choice',
		form: 'choice',
		prompt: 'Where does the road end?',
		options: ['Kidal', 'Gao'],
		answer: 0
	},
	{
		...onRoad,
		id: 'road:true-false:false',
		form: 'true-false',
		prompt: 'True or false?',
		statement: 'The road runs from Gao to Timbuktu.',
		answer: false,
		swap: { from: 'Gao -> Kidal', to: 'Gao -> Timbuktu' }
	},
	{
		...onRoad,
		id: 'road:typed',
		form: 'typed',
		prompt: 'Where does the road end?',
		answer: { text: 'Kidal', aliases: [] }
	},
	{
		...onRoad,
		id: 'road:numeric',
		form: 'numeric',
		prompt: 'How many roads -> Kidal?',
		answer: { text: '1 (Gao -> Kidal)', value: 1, tolerance: 0, aliases: [], year: false }
	},
	{
		...onRoad,
		id: 'road:match',
		form: 'match',
		set: 'roads',
		prompt: 'Match each start to its end.',
		left: ['Gao', 'Mopti'],
		right: ['Kidal -> north', 'Djenné'],
		answer: [0, 1]
	}
];

describe('a GIFT question whose feedback holds an arrow', () => {
	it('is kept, and read back by gift-pegjs and typed by Moodle as written', async () => {
		const file = await exportQuiz('gift', {
			title: 'Roads',
			deckKey: 'hostile/roads',
			now: new Date('2026-03-02T10:00:00Z'),
			questions: arrowFeedback,
			facts: [arrowFact]
		});
		expect(file.report.left).toEqual([]);
		const gift = file.data as string;
		const parsed = readGift(gift);
		expect(parsed.map((q) => q.title)).toEqual(arrowFeedback.map((q) => q.id));
		for (const q of parsed) {
			if (q.type === 'Essay') throw new Error(`${q.title} read as an essay`);
			expect(q.globalFeedback?.text).toContain('“the road Gao -> Kidal” (paragraph 1)');
			expect(q.globalFeedback?.text).toContain('Note: read -> as "to"');
		}
		expect(parsed[1].globalFeedback?.text).toMatch(/^False: the article says “Gao -> Kidal”/);
		expect(parsed.map((q) => q.type)).toEqual(['MC', 'TF', 'Short', 'Numerical', 'Matching']);
		expect(moodleGiftTypes(gift)).toEqual([
			'multichoice',
			'truefalse',
			'shortanswer',
			'numerical',
			'match'
		]);
	});

	it('is left out only where Moodle would misread the arrow: an answer or a pair’s left side', async () => {
		const typed = { ...arrowFeedback[2], answer: { text: 'Gao -> Kidal', aliases: [] } };
		const match = { ...arrowFeedback[4], left: ['Gao -> ', 'Mopti'] };
		const file = await exportQuiz('gift', {
			title: 'Roads',
			deckKey: 'hostile/roads',
			now: new Date('2026-03-02T10:00:00Z'),
			questions: [typed, match] as ClientQuestion[],
			facts: [arrowFact]
		});
		expect(file.report.left).toEqual([
			{
				question: 'road:typed',
				reason: 'an accepted answer contains "->", which Moodle would read as a matching pair'
			},
			{
				question: 'road:match',
				reason: 'the left side of a pair contains "->", where Moodle would split the pair'
			}
		]);
		// Written as they are, Moodle would have taken the short answer for a matching question.
		expect(moodleGiftTypes('::t::Where? {\n\t=Gao -> Kidal\n}\n')).toEqual(['match']);
	});
});

describe('the GIFT escaper', () => {
	const hostile = fc.oneof(
		fc.string({ unit: fc.constantFrom(...'\\~=#{}:[]%-> \t\n&<>"\'abc') }),
		fc.string({ unit: 'binary' })
	);

	it('gives back the original text through gift-pegjs, in a title, a stem, answers and feedback', () => {
		fc.assert(
			fc.property(hostile, (s) => {
				// Both Moodle and gift-pegjs hold escapes as "&&058;"-style placeholders: such text cannot survive.
				fc.pre(!s.includes('&&') && oneLine(s) !== '');
				const g = (t: string) => giftText(t, 'moodle');
				const source = `::${escapeGift(s)}::${g(s)} {\n\t=x\n\t~${g(s)}\n\t####${g(s)}\n}\n`;
				const [q] = parseGift(source);
				if (q.type !== 'MC') throw new Error(`read as ${q.type}`);
				const expected = oneLine(s);
				expect(q.title).toBe(expected);
				expect(q.stem.text).toBe(expected);
				expect(q.choices.map((c) => c.text.text)).toEqual(['x', expected]);
				expect(q.globalFeedback?.text).toBe(expected);
			}),
			{ numRuns: 500 }
		);
	});

	it('escapes exactly the characters GIFT reserves, each with a backslash', () => {
		expect(escapeGift('a\\b~c=d#e{f}g:h')).toBe('a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h');
		expect(escapeGift('  two\n\tlines  ')).toBe('two lines');
		expect(giftText('[html]x', 'moodle')).toBe('[moodle][html]x');
		expect(giftText('%50%x', 'plain')).toBe('[plain]%50%x');
	});
});

describe('any text in a choice question', () => {
	it('comes back unchanged from every text format', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.string({ unit: 'binary' }),
				fc.string({ unit: 'binary' }),
				async (a, b) => {
					fc.pre(oneLine(a) !== '' && oneLine(b) !== '' && oneLine(a) !== oneLine(b));
					fc.pre(!`${a}${b}`.includes('&&'));
					const q: ClientQuestion = {
						...base,
						id: 'hostile/nasty:choice',
						facts: ['nasty'],
						form: 'choice',
						prompt: a,
						options: [a, b],
						answer: 1
					};
					const one = { ...input, questions: [q] };
					const gift = readGift((await exportQuiz('gift', one)).data as string)[0];
					if (gift.type !== 'MC') throw new Error(gift.type);
					expect([gift.stem.text, ...gift.choices.map((c) => c.text.text)]).toEqual(
						[a, a, b].map(oneLine)
					);
					const xml = (await exportQuiz('moodle-xml', one)).data as string;
					expect(XMLValidator.validate(xml)).toBe(true);
					const x = readMoodleXml(xml)[1];
					expect(htmlText(textOf(x.questiontext as XmlNode))).toBe(htmlText(oneLine(a)));
					const csv = readCsv((await exportQuiz('csv', one)).data as string).rows[0];
					expect([csv.prompt, csv.answer]).toEqual([a, b].map((t) => neutralizeCell(oneLine(t))));
					const card = readQuizlet((await exportQuiz('quizlet', one)).data as string)[0];
					expect(card).toEqual([oneLine(a), oneLine(b)]);
				}
			),
			{ numRuns: 100 }
		);
	});
});

/** The input with one question replaced by a broken copy. */
function breaking(change: (q: ClientQuestion) => object, index = 0): ExportInput {
	const broken = questions.map((q, i) => (i === index ? { ...q, ...change(q) } : q));
	return { ...input, questions: broken };
}

const BROKEN: [string, ExportInput][] = [
	['a choice whose right option does not exist', breaking(() => ({ answer: 7 }))],
	['a choice with an empty option', breaking(() => ({ options: ['ok', '  '] }))],
	['a choice with one option', breaking(() => ({ options: ['only'], answer: 0 }))],
	['an empty prompt', breaking(() => ({ prompt: '\n' }))],
	['a true-or-false question without a statement', breaking(() => ({ statement: '' }), 1)],
	[
		'a typed question without an answer',
		breaking(() => ({ answer: { text: ' ', aliases: [] } }), 2)
	],
	[
		'a numeric question whose value is not a number',
		breaking((q) => ({ answer: { ...(q as { answer: object }).answer, value: Number.NaN } }), 3)
	],
	['a match that pairs one item twice', breaking(() => ({ answer: [0, 0, 1] }), 4)],
	['an order that leaves an item out', breaking(() => ({ answer: ['nasty'] }), 5)],
	['a question on a fact not given', { ...input, facts: facts.slice(1) }],
	['two questions with one id', { ...input, questions: [questions[0], questions[0]] }]
];

describe.each(EXPORT_FORMATS)('the %s exporter', (format) => {
	it.each(BROKEN)('refuses %s', async (_, broken) => {
		await expect(exportQuiz(format, broken)).rejects.toThrow(ExportError);
	});
});

describe('exportQuiz', () => {
	it('refuses an unknown format and a Kahoot time limit that is not a positive number', async () => {
		await expect(exportQuiz('pdf' as ExportFormat, input)).rejects.toThrow(/unknown export format/);
		await expect(exportQuiz('kahoot', { ...input, timeLimit: 0 })).rejects.toThrow(RangeError);
	});

	// Every format, exceljs and SQLite's WebAssembly included: seconds on a busy machine.
	it('writes an empty quiz as a valid, empty file in every format', async () => {
		for (const format of EXPORT_FORMATS) {
			const file = await exportQuiz(format, { ...input, questions: [], facts: [] });
			expect(file.report).toEqual({ left: [], shortened: [] });
		}
	}, 60_000);
});

// Cells that spreadsheets run as formulas, each as OWASP's "CSV Injection" page describes them.
const FORMULAS = [
	'=1+1',
	'=HYPERLINK("http://x","y")',
	'+1+1',
	'-1+1',
	'-5 (± 1)',
	'@SUM(A1)',
	'\t=1+1',
	'\r=1+1',
	'\n=1+1',
	'=1+1\nsecond line',
	'  =1+1',
	'\uff1d1+1',
	'\uff20SUM(A1)'
];

/** The cells of a CSV text as papaparse reads them, header row first. */
const cells = (csv: string) => Papa.parse<string[]>(csv).data.filter((row) => row.length > 1);

describe('the CSV formula guard', () => {
	it('puts a quote before every cell a spreadsheet would run, and keeps its text after it', () => {
		const [, ...rows] = cells(
			csvText(
				['cell', 'next'],
				FORMULAS.map((f) => [f, 'x'])
			)
		);
		expect(rows.map((row) => row[0])).toEqual(FORMULAS.map((f) => `'${f}`));
	});

	it('leaves plain numbers, signed ones included, and ordinary text as they are', () => {
		const plain = ['-5', '+2.5', '-0.25', '1000', 'Mali', "'quoted", 'a = b', 'x@y.org', ''];
		const [, ...rows] = cells(
			csvText(
				['cell', 'next'],
				plain.map((p) => [p, 'x'])
			)
		);
		expect(rows.map((row) => row[0])).toEqual(plain);
	});

	it('writes number cells as numbers, unquoted, and quotes every text cell', () => {
		const csv = csvText(['name', 'points'], [['=1+1', -5]]);
		expect(csv).toBe('\ufeff"name","points"\r\n"\'=1+1",-5\r\n');
	});

	it('never lets any text reach a spreadsheet as a formula, and keeps it readable', () => {
		const risky = fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n \uff1d1a(",') });
		fc.assert(
			fc.property(risky, (text) => {
				const [, [cell]] = cells(csvText(['cell', 'next'], [[text, 'x']]));
				const guarded = cell.startsWith("'") && cell.slice(1) === text;
				expect(guarded || cell === text).toBe(true);
				if (/^\s*[=+\-@\uff1d]|^[\t\r\n]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text))
					expect(guarded).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});

const formulaFacts: FactView[] = [
	fact('formula', '=HYPERLINK("http://x","y") is a formula.', '=HYPERLINK("http://x","y")', {
		quote: '=1+1',
		note: '@SUM(A1)'
	})
];
const onFormula = { ...base, facts: ['formula'] };
const formulaQuestions: ClientQuestion[] = [
	{
		...onFormula,
		id: '@formula:choice',
		form: 'choice',
		prompt: '=HYPERLINK("http://x","y")',
		options: ['+1+1', '-1+1', '@SUM(A1)', '\t=1+1'],
		answer: 2
	},
	{
		...onFormula,
		id: 'formula:true-false',
		form: 'true-false',
		prompt: '-1+1 true or false?',
		statement: '=1+1',
		answer: true
	},
	{
		...onFormula,
		id: 'formula:typed',
		form: 'typed',
		prompt: '\r=1+1',
		answer: { text: "=cmd|' /C calc'!A0", aliases: ['@x'] }
	},
	{
		...onFormula,
		id: 'formula:numeric',
		form: 'numeric',
		prompt: '+How many?',
		answer: { text: '-5', value: -5, tolerance: 0, aliases: [], year: false }
	}
];

describe('the CSV export of facts and questions written as formulas', () => {
	it('starts every such cell with a quote and keeps its text, leaving the number -5 a number', async () => {
		const file = await exportQuiz('csv', {
			title: 'formulas',
			deckKey: 'hostile/formulas',
			now: new Date('2026-03-02T10:00:00Z'),
			questions: formulaQuestions,
			facts: formulaFacts
		});
		const { rows } = readCsv(file.data as string);
		expect(rows.map((r) => [r.id, r.prompt, r.options, r.answer])).toEqual([
			[
				"'@formula:choice",
				`'=HYPERLINK("http://x","y")`,
				"'+1+1 | -1+1 | @SUM(A1) | =1+1",
				"'@SUM(A1)"
			],
			['formula:true-false', "'-1+1 true or false? =1+1", 'True | False', 'True'],
			['formula:typed', "'=1+1", '', `'=cmd|' /C calc'!A0 | @x`],
			['formula:numeric', "'+How many?", '', '-5']
		]);
		// Whatever else a cell holds, no cell of the file starts as a formula.
		for (const row of cells(file.data as string))
			for (const cell of row) expect(cell).not.toMatch(/^\s*[=+@]|^-(?!5$)/);
	});
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import {
	buildLibrary,
	clientDeck,
	deckBundle,
	sampleQuiz,
	type ClientQuestion,
	type FactView
} from '../questions/index.ts';
import { clozeText } from '../questions/forms/cloze.ts';
import { ANKI_COLUMNS } from './anki.ts';
import {
	acceptedAnswers,
	oneLine,
	orderedLabels,
	questionText,
	rightAnswer,
	type ExportInput
} from './common.ts';
import { CSV_COLUMNS, CSV_LIST } from './csv.ts';
import { EXPORT_FORMATS, exportQuiz, type ExportFile } from './index.ts';
import { KAHOOT, kahootTime } from './kahoot.ts';
import {
	giftMatchAnswer,
	htmlText,
	moodleGiftTypes,
	readAnki,
	readCsv,
	readDeckJson,
	readGift,
	readKahoot,
	readMoodleXml,
	readQuizlet,
	textOf,
	type XmlNode
} from '../../../tests/support/read-back.ts';

const library = buildLibrary(loadCorpus(readContentFiles('questions')));
const deck = library.deck('mali-france-russia/all')!;
const whole = clientDeck(deckBundle(library, deck));
const sourceUrl = (fact: FactView) =>
	`https://factdeck.example/article/${fact.article}#${fact.paragraph}`;

const wholeDeck: ExportInput = {
	title: deck.title,
	deckKey: deck.key,
	questions: whole.questions,
	facts: whole.facts,
	now: new Date('2026-03-02T10:00:00Z'),
	sourceUrl
};
const quizQuestions = sampleQuiz(
	whole.questions,
	{ count: 20, forms: [], order: 'random' },
	20261128
);
const quizFacts = new Set(quizQuestions.flatMap((q) => q.facts));
const seededQuiz: ExportInput = {
	title: 'Class quiz ABCD-EFGH',
	deckKey: deck.key,
	questions: quizQuestions,
	facts: whole.facts.filter((fact) => quizFacts.has(fact.id)),
	now: new Date('2026-03-02T10:00:00Z'),
	timeLimit: 25
};

const factIndex = new Map(whole.facts.map((fact) => [fact.id, fact]));
const factsOf = (q: ClientQuestion) => q.facts.map((id) => factIndex.get(id)!);

/** The questions a file kept: all but those its report leaves out, in quiz order. */
function kept(input: ExportInput, file: ExportFile): ClientQuestion[] {
	const left = new Set(file.report.left.map((l) => l.question));
	return input.questions.filter((q) => !left.has(q.id));
}

const text = (file: ExportFile) => file.data as string;

describe.each([
	['the whole-article deck', wholeDeck],
	['a seeded 20-question quiz', seededQuiz]
])('exports of %s', (_, input) => {
	// Every format, exceljs and SQLite's WebAssembly included: seconds on a busy machine.
	it('uses factdeck file names and each format’s media type', async () => {
		const names = await Promise.all(
			EXPORT_FORMATS.map(async (format) => (await exportQuiz(format, input)).filename)
		);
		expect(names).toEqual([
			'factdeck-mali-france-russia-all.gift.txt',
			'factdeck-mali-france-russia-all.moodle.xml',
			'factdeck-mali-france-russia-all.kahoot.xlsx',
			'factdeck-mali-france-russia-all.quizlet.txt',
			'factdeck-mali-france-russia-all.apkg',
			'factdeck-mali-france-russia-all.anki.txt',
			'factdeck-mali-france-russia-all.csv',
			'factdeck-mali-france-russia-all.json'
		]);
	}, 60_000);

	it('gives gift-pegjs every question GIFT can hold, with its type and right answers', async () => {
		const file = await exportQuiz('gift', input);
		const parsed = readGift(text(file));
		const exported = kept(input, file);
		expect(parsed.map((q) => q.title)).toEqual(exported.map((q) => q.id));
		// Moodle's own importer gives each question its type (no `->` or `~` misread).
		const moodleType: Record<string, string> = {
			choice: 'multichoice',
			'true-false': 'truefalse',
			typed: 'shortanswer',
			numeric: 'numerical',
			match: 'match'
		};
		expect(moodleGiftTypes(text(file))).toEqual(
			exported.map((q) =>
				q.form === 'cloze' ? (q.options ? 'multichoice' : 'shortanswer') : moodleType[q.form]
			)
		);
		for (const [i, q] of exported.entries()) {
			const g = parsed[i];
			const feedback = g.type === 'Essay' ? '' : (g.globalFeedback?.text ?? '');
			for (const fact of factsOf(q)) expect(feedback).toContain(oneLine(fact.quote));
			switch (q.form) {
				case 'choice': {
					if (g.type !== 'MC') throw new Error(`${q.id} read as ${g.type}`);
					expect(g.stem.text).toBe(oneLine(q.prompt));
					expect(g.choices.map((c) => c.text.text)).toEqual(q.options.map(oneLine));
					expect(g.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
						rightAnswer(q)
					]);
					break;
				}
				case 'true-false':
					if (g.type !== 'TF') throw new Error(`${q.id} read as ${g.type}`);
					expect(g.stem.text).toBe(oneLine(q.statement));
					expect(g.isTrue).toBe(q.answer);
					break;
				case 'typed': {
					if (g.type !== 'Short') throw new Error(`${q.id} read as ${g.type}`);
					const answers = g.choices.map((c) => c.text.text.replace(/\\\*/g, '*'));
					expect(answers).toEqual(acceptedAnswers(q));
					const lower = answers.map((a) => a.toLowerCase());
					for (const a of [q.answer.text, ...q.answer.aliases])
						expect(lower).toContain(oneLine(a).toLowerCase());
					expect(g.choices.every((c) => c.isCorrect)).toBe(true);
					break;
				}
				case 'numeric': {
					if (g.type !== 'Numerical' || !Array.isArray(g.choices))
						throw new Error(`${q.id} read as ${g.type}`);
					const [choice] = g.choices;
					expect(choice.isCorrect).toBe(true);
					expect(choice.text).toEqual({
						type: 'range',
						number: q.answer.value,
						range: q.answer.year ? 0 : q.answer.tolerance
					});
					expect(choice.feedback?.text).toContain(`“${q.answer.text}”`);
					break;
				}
				case 'match': {
					if (g.type !== 'Matching') throw new Error(`${q.id} read as ${g.type}`);
					const pairs = g.matchPairs.map((p) => [p.subquestion.text, giftMatchAnswer(p.subanswer)]);
					expect(pairs).toEqual(q.left.map((left, j) => [left, q.right[q.answer[j]]]));
					break;
				}
				case 'cloze': {
					expect(g.type === 'MC' || g.type === 'Short' ? g.stem.text : '').toBe(questionText(q));
					if (q.options) {
						if (g.type !== 'MC') throw new Error(`${q.id} read as ${g.type}`);
						expect(g.choices.map((c) => c.text.text)).toEqual(q.options.map(oneLine));
						expect(g.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
							rightAnswer(q)
						]);
					} else {
						if (g.type !== 'Short') throw new Error(`${q.id} read as ${g.type}`);
						const answers = g.choices.map((c) => c.text.text.replace(/\\\*/g, '*'));
						expect(answers).toEqual(acceptedAnswers(q));
					}
					break;
				}
				case 'order':
					throw new Error(`${q.id}: an order question was written to GIFT`);
			}
		}
	});

	it('leaves out of GIFT only the order questions, saying why', async () => {
		const file = await exportQuiz('gift', input);
		const orders = input.questions.filter((q) => q.form === 'order').map((q) => q.id);
		expect(file.report.left.map((l) => l.question)).toEqual(orders);
		for (const l of file.report.left) expect(l.reason).toMatch(/ordering/);
	});

	it('writes well-formed Moodle XML with one question of the right type per question', async () => {
		const xml = text(await exportQuiz('moodle-xml', input));
		expect(XMLValidator.validate(xml)).toBe(true);
		const [category, ...questions] = readMoodleXml(xml);
		expect(category['@_type']).toBe('category');
		expect(textOf(category.category as XmlNode)).toBe(`$course$/top/factdeck/${input.title}`);
		expect(questions).toHaveLength(input.questions.length);
		const types = {
			choice: 'multichoice',
			'true-false': 'truefalse',
			typed: 'shortanswer',
			numeric: 'numerical',
			order: 'ordering',
			match: 'matching',
			cloze: 'shortanswer'
		};
		for (const [i, q] of input.questions.entries()) {
			const x = questions[i];
			expect(x['@_type']).toBe(q.form === 'cloze' && q.options ? 'multichoice' : types[q.form]);
			expect(textOf(x.name)).toBe(q.id);
			const stem = htmlText(textOf(x.questiontext));
			expect(stem).toBe(
				q.form === 'cloze'
					? questionText(q)
					: oneLine(q.form === 'true-false' ? q.statement : q.prompt)
			);
			const feedback = htmlText(textOf(x.generalfeedback));
			for (const fact of factsOf(q)) expect(feedback).toContain(oneLine(fact.quote));
			const answers = (x.answer ?? []) as XmlNode[];
			const fraction = (a: XmlNode) => a['@_fraction'];
			switch (q.form) {
				case 'choice': {
					const right = answers.filter((a) => fraction(a) === '100');
					expect(right).toHaveLength(1);
					expect(htmlText(textOf(right[0]))).toBe(rightAnswer(q));
					expect(answers.map((a) => htmlText(textOf(a)))).toEqual(q.options.map(oneLine));
					expect(answers.filter((a) => fraction(a) === '0')).toHaveLength(q.options.length - 1);
					expect(x.single).toBe('true');
					expect(x.shuffleanswers).toBe('true');
					break;
				}
				case 'true-false': {
					const right = answers.find((a) => fraction(a) === '100')!;
					expect(textOf(right)).toBe(String(q.answer));
					break;
				}
				case 'typed':
					expect(answers.every((a) => fraction(a) === '100')).toBe(true);
					expect(answers.map((a) => textOf(a).replace(/\\\*/g, '*'))).toEqual(acceptedAnswers(q));
					break;
				case 'numeric':
					expect(answers).toHaveLength(1);
					expect(Number(textOf(answers[0]))).toBe(q.answer.value);
					expect(Number(answers[0].tolerance)).toBe(q.answer.year ? 0 : q.answer.tolerance);
					break;
				case 'order':
					expect(answers.map((a) => htmlText(textOf(a)))).toEqual(orderedLabels(q));
					expect([x.layouttype, x.selecttype, x.selectcount]).toEqual([
						'VERTICAL',
						'ALL',
						String(q.items.length)
					]);
					break;
				case 'match': {
					const subs = x.subquestion as XmlNode[];
					const pairs = subs.map((s) => [htmlText(textOf(s)), textOf(s.answer as XmlNode[])]);
					expect(pairs).toEqual(q.left.map((left, j) => [left, q.right[q.answer[j]]]));
					break;
				}
				case 'cloze':
					if (q.options) {
						expect(answers.map((a) => htmlText(textOf(a)))).toEqual(q.options.map(oneLine));
						expect(
							answers.filter((a) => fraction(a) === '100').map((a) => htmlText(textOf(a)))
						).toEqual([rightAnswer(q)]);
					} else {
						expect(answers.every((a) => fraction(a) === '100')).toBe(true);
						expect(answers.map((a) => textOf(a).replace(/\\\*/g, '*'))).toEqual(acceptedAnswers(q));
					}
					break;
			}
		}
	});

	it('writes Kahoot’s template: its sheet, header row and limits, with the right answers', async () => {
		const file = await exportQuiz('kahoot', input);
		expect(file.data).toBeInstanceOf(Uint8Array);
		const sheet = await readKahoot(file.data as Uint8Array<ArrayBuffer>);
		expect(sheet.sheets).toEqual([KAHOOT.sheet]);
		expect(sheet.header).toEqual([...KAHOOT.headers]);
		const exported = kept(input, file);
		expect(sheet.rows).toHaveLength(exported.length);
		const shortened = new Set(file.report.shortened.map((s) => s.question));
		for (const [i, row] of sheet.rows.entries()) {
			const q = exported[i];
			if (q.form !== 'choice' && q.form !== 'true-false') throw new Error(`${q.id} in Kahoot`);
			expect(row.number).toBe(i + 1);
			expect(row.question.length).toBeLessThanOrEqual(120);
			expect(row.answers.length).toBeGreaterThanOrEqual(2);
			expect(row.answers.length).toBeLessThanOrEqual(4);
			for (const answer of row.answers) expect(answer.length).toBeLessThanOrEqual(75);
			expect(KAHOOT.times).toContain(row.time);
			expect(row.time).toBe(kahootTime(input.timeLimit));
			const correct = row.correct as number;
			expect(row.answers[correct - 1]).toBe(rightAnswer(q) === 'True' ? 'True' : rightAnswer(q));
			const full = oneLine(q.form === 'choice' ? q.prompt : q.statement);
			if (shortened.has(q.id)) {
				// Only the attribution was dropped, and only where the fact is the article's own.
				const fact = factsOf(q)[0];
				expect(fact.attribution).toBe('article');
				expect(fact.kind).not.toBe('claim');
				expect(full.toLowerCase().endsWith(row.question.toLowerCase())).toBe(true);
				expect(full.slice(0, -row.question.length)).toMatch(/^(According to|In) the article, $/);
			} else expect(row.question).toBe(full);
		}
	});

	it('leaves out of Kahoot, with a reason, only questions that cannot fit it', async () => {
		const file = await exportQuiz('kahoot', input);
		const byId = new Map(input.questions.map((q) => [q.id, q]));
		for (const { question, reason } of file.report.left) {
			const q = byId.get(question)!;
			expect(reason).not.toBe('');
			if (q.form !== 'choice' && q.form !== 'true-false') continue;
			const answersFit = q.form === 'true-false' || q.options.every((o) => oneLine(o).length <= 75);
			const full = oneLine(q.form === 'choice' ? q.prompt : q.statement);
			const fact = factsOf(q)[0];
			const cuttable = fact.attribution === 'article' && fact.kind !== 'claim';
			const cut = full.replace(/^(According to|In) the article, /, '');
			const fits = full.length <= 120 || (cuttable && cut !== full && cut.length <= 120);
			expect(answersFit && fits, `${q.id} could fit Kahoot`).toBe(false);
		}
	});

	it('writes one Anki note per fact and per order or match question, cloze where it fits', async () => {
		const file = await exportQuiz('anki', input);
		const { headers, rows } = readAnki(text(file));
		expect(headers).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype column:1',
			'#deck column:2',
			'#tags column:5',
			`#columns:${ANKI_COLUMNS.join('\t')}`
		]);
		const single = input.questions.filter((q) => q.form !== 'order' && q.form !== 'match');
		const singleFacts = new Set(single.map((q) => q.facts[0]));
		const groups = input.questions.filter((q) => q.form === 'order' || q.form === 'match');
		const clozes = rows.filter((r) => r[0] === 'Cloze');
		expect(rows.filter((r) => r[0] === 'Basic')).toHaveLength(groups.length);
		expect(rows).toHaveLength(clozes.length + groups.length);
		for (const row of rows) {
			expect(row).toHaveLength(5);
			expect(row[1]).toBe(`factdeck::${input.title}`);
			expect(row[2]).not.toBe('');
			expect(row[3]).not.toBe('');
			expect(row[4].split(' ')).toEqual(expect.arrayContaining(['factdeck', 'mali-france-russia']));
		}
		// Every fact is hidden once, in a well-formed deletion of its own statement, or of the
		// article's sentence when its first question is a cloze.
		const sentences = new Map(
			input.questions.flatMap((q) =>
				q.form === 'cloze' ? [[q.facts[0], oneLine(`${q.before}${q.answer.text}${q.after}`)]] : []
			)
		);
		const hidden: string[] = [];
		for (const [, , textField, back] of clozes) {
			const deletions = [...textField.matchAll(/\{\{c(\d+)::([^{}]+?)\}\}/g)];
			expect(deletions.map((d) => Number(d[1])).sort((a, b) => a - b)).toEqual(
				deletions.map((_, i) => i + 1)
			);
			const statement = textField.replace(/\{\{c\d+::([^{}]+?)\}\}/g, '$1');
			expect(statement).not.toMatch(/[{}]/);
			for (const [, , answer] of deletions) {
				const fact = whole.facts.find(
					(f) =>
						oneLine(f.answer) === answer &&
						(oneLine(f.statement) === statement || sentences.get(f.id) === statement)
				);
				expect(fact, `${statement} / ${answer}`).toBeDefined();
				expect(back).toContain(oneLine(fact!.quote));
				hidden.push(fact!.id);
			}
		}
		expect(hidden.sort()).toEqual([...singleFacts].sort());
		expect(file.report.left).toHaveLength(single.length - singleFacts.size);
		for (const l of file.report.left) expect(l.reason).toMatch(/already a note/);
	});

	it('writes Quizlet cards, term and definition, each card once', async () => {
		const file = await exportQuiz('quizlet', input);
		const cards = readQuizlet(text(file));
		for (const card of cards) {
			expect(card).toHaveLength(2);
			expect(card[0]).not.toBe('');
			expect(card[1]).not.toBe('');
		}
		// Every question's cards in quiz order, a card already made not made again.
		const expected = new Map<string, string[]>();
		for (const q of input.questions) {
			const made: string[][] =
				q.form === 'order'
					? []
					: q.form === 'match'
						? q.left.map((left, j) => [left, q.right[q.answer[j]]])
						: q.form === 'true-false'
							? [
									[
										`True or false? ${q.statement}`,
										q.answer
											? 'True'
											: q.swap
												? `False: the article says “${q.swap.from}”, not “${q.swap.to}”.`
												: `False: ${factsOf(q)[0].statement}`
									]
								]
							: [[q.form === 'cloze' ? questionText(q) : q.prompt, rightAnswer(q)]];
			for (const card of made)
				if (!expected.has(card.join('\t'))) expected.set(card.join('\t'), card);
		}
		expect(cards).toEqual([...expected.values()]);
		for (const l of file.report.left) {
			const q = input.questions.find((x) => x.id === l.question)!;
			expect(l.reason).toMatch(q.form === 'order' ? /order/ : /^same card as question /);
		}
	});

	it('writes CSV with a header and one row per question', async () => {
		const { fields, rows } = readCsv(text(await exportQuiz('csv', input)));
		expect(fields).toEqual(CSV_COLUMNS);
		expect(rows.map((r) => [r.id, r.form])).toEqual(input.questions.map((q) => [q.id, q.form]));
		for (const [i, q] of input.questions.entries()) {
			const row = rows[i];
			expect(row.prompt).toBe(
				q.form === 'true-false'
					? `True or false? ${q.statement}`
					: q.form === 'cloze'
						? `${q.prompt} ${clozeText(q)}`
						: q.prompt
			);
			if (q.form === 'choice') {
				expect(row.options.split(CSV_LIST)).toEqual(q.options);
				expect(row.answer).toBe(q.options[q.answer]);
			}
			if (q.form === 'true-false') expect(row.answer).toBe(q.answer ? 'True' : 'False');
			if (q.form === 'typed') expect(row.answer.split(CSV_LIST)[0]).toBe(q.answer.text);
			if (q.form === 'order') expect(row.answer.split(CSV_LIST)).toEqual(orderedLabels(q));
			if (q.form === 'cloze') {
				expect(row.answer.split(CSV_LIST)[0]).toBe(q.answer.text);
				expect(row.options).toBe((q.options ?? []).join(CSV_LIST));
			}
			for (const fact of factsOf(q)) {
				expect(row.explanation).toContain(oneLine(fact.quote));
				if (input.sourceUrl) expect(row.source).toContain(input.sourceUrl(fact));
			}
		}
	});

	it('writes factdeck’s JSON deck document', async () => {
		const doc: unknown = JSON.parse(text(await exportQuiz('json', input)));
		expect(doc).toEqual({
			format: 'factdeck-deck',
			version: 1,
			deck: { key: input.deckKey, title: input.title, questions: input.questions.map((q) => q.id) },
			questions: input.questions,
			facts: input.facts
		});
	});
});

describe('the whole-article deck', () => {
	it('leaves its ordering questions out of Moodle XML when asked, each in the report', async () => {
		const name = (x: XmlNode) => textOf(x.name);
		const orders = wholeDeck.questions.filter((q) => q.form === 'order').map((q) => q.id);
		expect(orders.length).toBeGreaterThan(0);
		const every = await exportQuiz('moodle-xml', wholeDeck);
		expect(every.report.left).toEqual([]);
		const ordering = readMoodleXml(text(every)).filter((x) => x['@_type'] === 'ordering');
		expect(ordering.map(name)).toEqual(orders);

		const without = await exportQuiz('moodle-xml', { ...wholeDeck, omitOrdering: true });
		expect(XMLValidator.validate(text(without))).toBe(true);
		const [category, ...read] = readMoodleXml(text(without));
		expect(category['@_type']).toBe('category');
		expect(read.map(name)).toEqual(
			wholeDeck.questions.filter((q) => q.form !== 'order').map((q) => q.id)
		);
		expect(read.some((x) => x['@_type'] === 'ordering')).toBe(false);
		expect(without.report.left.map((l) => l.question)).toEqual(orders);
		for (const l of without.report.left) expect(l.reason).toMatch(/Moodle before 4\.4/);
	});

	it('fits Kahoot with every choice question under the limits or reported', async () => {
		const file = await exportQuiz('kahoot', wholeDeck);
		const forms = new Map(wholeDeck.questions.map((q) => [q.id, q.form]));
		const leftForms = file.report.left.map((l) => forms.get(l.question));
		expect(
			leftForms.filter((f) => f !== undefined && !['choice', 'true-false'].includes(f))
		).toHaveLength(
			wholeDeck.questions.filter((q) => !['choice', 'true-false'].includes(q.form)).length
		);
		expect(file.report.shortened.length).toBeGreaterThan(0);
	});
});

const clozeQuestions = whole.questions.filter(
	(q): q is Extract<ClientQuestion, { form: 'cloze' }> => q.form === 'cloze'
);
const clozeFacts = new Set(clozeQuestions.flatMap((q) => q.facts));
const clozeQuiz: ExportInput = {
	title: 'Fill in the blank',
	deckKey: deck.key,
	now: new Date('2026-11-28T12:00:00Z'),
	questions: clozeQuestions,
	facts: whole.facts.filter((fact) => clozeFacts.has(fact.id)),
	sourceUrl
};

describe('exports of fill-in-the-blank questions', () => {
	it('has typed and chosen blanks to export', () => {
		expect(clozeQuestions.some((q) => q.options)).toBe(true);
		expect(clozeQuestions.some((q) => !q.options)).toBe(true);
	});

	it('makes each an Anki cloze of the article’s sentence, the blank as its deletion', async () => {
		const { rows } = readAnki(text(await exportQuiz('anki', clozeQuiz)));
		const texts = rows.filter((r) => r[0] === 'Cloze').map((r) => r[2]);
		// Blanks of one sentence share its note, one numbered deletion each.
		const plain = (note: string) => note.replace(/\{\{c\d+::(.*?)\}\}/g, '$1');
		for (const q of clozeQuestions) {
			const whole = oneLine(`${q.before}${q.answer.text}${q.after}`);
			// A sentence that holds the answer twice as text is kept as a Basic note instead.
			if (whole.split(q.answer.text).length !== 2) continue;
			const note = texts.find((t) => plain(t) === whole);
			expect(note, q.id).toBeDefined();
			expect(note).toMatch(/\{\{c\d+::(.*?)\}\}/);
			expect([...(note ?? '').matchAll(/\{\{c\d+::(.*?)\}\}/g)].map((m) => m[1])).toContain(
				oneLine(q.answer.text)
			);
		}
	});

	it('leaves every one out of Kahoot, saying Kahoot has no such question', async () => {
		const file = await exportQuiz('kahoot', clozeQuiz);
		expect(file.report.left).toHaveLength(clozeQuestions.length);
		for (const l of file.report.left) expect(l.reason).toMatch(/fill-in-the-blank/);
	});

	it('makes a Quizlet card of the sentence and its blank’s answer', async () => {
		const cards = readQuizlet(text(await exportQuiz('quizlet', clozeQuiz)));
		expect(cards).toEqual([
			...new Map(
				clozeQuestions.map((q) => [questionText(q), [questionText(q), rightAnswer(q)]])
			).values()
		]);
	});

	it('keeps each whole in factdeck’s JSON', async () => {
		const doc = readDeckJson(text(await exportQuiz('json', clozeQuiz)));
		expect(doc.questions).toEqual(clozeQuestions);
	});
});

describe('Kahoot time limits', () => {
	it.each([
		[undefined, 20],
		[1, 5],
		[5, 5],
		[6, 10],
		[20, 20],
		[21, 30],
		[100, 120],
		[240, 240],
		[1000, 240]
	])('maps %s seconds to %i, the nearest allowed value at or above it', (asked, allowed) => {
		expect(kahootTime(asked)).toBe(allowed);
	});

	it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
		'refuses a time limit of %s',
		(seconds) => {
			expect(() => kahootTime(seconds)).toThrow(RangeError);
		}
	);
});

describe('the Kahoot exporter', () => {
	it('is the only module that loads exceljs, and loads it on demand', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? files(path) : [path];
			});
		const importers = files('src')
			.filter((path) => /\.(ts|js|svelte)$/.test(path) && !/\.test\.ts$/.test(path))
			.filter((path) => /['"]exceljs['"]/.test(readFileSync(path, 'utf8')));
		expect(importers).toEqual([join('src', 'lib', 'export', 'kahoot.ts')]);
		const source = readFileSync(importers[0], 'utf8');
		expect(source).toMatch(/await import\('exceljs'\)/);
		expect(source).not.toMatch(/^import .*exceljs/m);
	});
});

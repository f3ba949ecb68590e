import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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
import { APKG_MODELS, apkgGuid } from './apkg.ts';
import { escapeHtml, oneLine, questionText, rightAnswer, type ExportInput } from './common.ts';
import { exportQuiz } from './index.ts';
import { htmlText, readApkg, type ApkgContents } from '../../../tests/support/read-back.ts';

// Each package compiles SQLite's WebAssembly, seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const library = buildLibrary(loadCorpus(readContentFiles('questions')));
const deck = library.deck('mali-france-russia/all')!;
const whole = clientDeck(deckBundle(library, deck));
const now = new Date('2026-03-02T10:00:00Z');
const secs = now.getTime() / 1000;

const wholeDeck: ExportInput = {
	title: deck.title,
	deckKey: deck.key,
	questions: whole.questions,
	facts: whole.facts,
	now,
	sourceUrl: (fact) => `https://factdeck.example/article/${fact.article}#${fact.paragraph}`
};
const quizQuestions = sampleQuiz(whole.questions, { count: 20, forms: [], order: 'random' }, 7);
const seededQuiz: ExportInput = {
	title: 'Class quiz ABCD-EFGH',
	deckKey: deck.key,
	questions: quizQuestions,
	facts: whole.facts.filter((fact) => quizQuestions.some((q) => q.facts.includes(fact.id))),
	now
};

const factIndex = new Map(whole.facts.map((fact) => [fact.id, fact]));
const factsOf = (q: ClientQuestion) => q.facts.map((id) => factIndex.get(id)!);
const isGroup = (q: ClientQuestion) => q.form === 'order' || q.form === 'match';

const packages = new Map<ExportInput, Promise<ApkgContents>>();

/** The package of an input as Anki reads it, made once per input. */
function packageOf(input: ExportInput): Promise<ApkgContents> {
	if (!packages.has(input))
		packages.set(
			input,
			exportQuiz('apkg', input).then((file) => readApkg(file.data as Uint8Array))
		);
	return packages.get(input)!;
}

/** What each note should stand for, by GUID: the fact of a single-fact question, or the question. */
function expectedNotes(input: ExportInput) {
	const notes = new Map<string, { question: ClientQuestion; facts: FactView[] }>();
	for (const q of input.questions) {
		const key = isGroup(q) ? q.id : `${q.article}/${q.facts[0]}`;
		if (!notes.has(apkgGuid(key))) notes.set(apkgGuid(key), { question: q, facts: factsOf(q) });
	}
	return notes;
}

describe.each([
	['the whole-article deck', wholeDeck],
	['a seeded 20-question quiz', seededQuiz]
])('the Anki package of %s', (_, input) => {
	it('opens as Anki opens it: a zip of collection.anki2 in schema 11 and an empty media list', async () => {
		const apkg = await packageOf(input);
		expect(apkg.files).toEqual(['collection.anki2', 'media']);
		expect(apkg.media).toEqual({});
		expect(apkg.col).toMatchObject({ ver: 11, crt: secs, mod: now.getTime() });
		expect([apkg.revlog, apkg.graves]).toEqual([0, 0]);
	});

	it('carries its own Basic and Cloze note types, with their fields and templates', async () => {
		const { models } = await packageOf(input);
		const basic = models[APKG_MODELS.basic.id];
		const cloze = models[APKG_MODELS.cloze.id];
		expect(Object.keys(models)).toHaveLength(2);
		expect([basic.name, basic.type, basic.sortf]).toEqual(['factdeck Basic', 0, 0]);
		expect(basic.flds.map((f) => [f.ord, f.name])).toEqual([
			[0, 'Front'],
			[1, 'Back'],
			[2, 'Source']
		]);
		expect(basic.tmpls).toHaveLength(1);
		expect(basic.tmpls[0].qfmt).toBe('{{Front}}');
		expect(basic.tmpls[0].afmt).toMatch(/\{\{Back\}\}[\s\S]*\{\{Source\}\}/);
		expect([cloze.name, cloze.type, cloze.sortf]).toEqual(['factdeck Cloze', 1, 0]);
		expect(cloze.flds.map((f) => [f.ord, f.name])).toEqual([
			[0, 'Text'],
			[1, 'Source']
		]);
		expect(cloze.tmpls).toHaveLength(1);
		expect(cloze.tmpls[0].qfmt).toBe('{{cloze:Text}}');
		expect(cloze.tmpls[0].afmt).toMatch(/\{\{cloze:Text\}\}[\s\S]*\{\{Source\}\}/);
	});

	it('puts every card, new, in one deck named after the quiz', async () => {
		const { decks, dconf, cards, models } = await packageOf(input);
		const named = Object.values(decks).filter((d) => d.name === `factdeck::${input.title}`);
		expect(named).toHaveLength(1);
		const [quizDeck] = named;
		expect([quizDeck.dyn, String(quizDeck.conf) in dconf]).toEqual([0, true]);
		for (const model of Object.values(models)) expect(model.did).toBe(quizDeck.id);
		for (const card of cards)
			expect([card.did, card.type, card.queue]).toEqual([quizDeck.id, 0, 0]);
		expect(cards.map((card) => card.due)).toEqual(cards.map((_, i) => i + 1));
	});

	it('writes one note per fact and per order or match question, each with one card', async () => {
		const { notes, cards } = await packageOf(input);
		const expected = expectedNotes(input);
		const singleFacts = new Set(input.questions.filter((q) => !isGroup(q)).map((q) => q.facts[0]));
		expect(notes).toHaveLength(singleFacts.size + input.questions.filter(isGroup).length);
		expect(notes.map((note) => note.guid)).toEqual([...expected.keys()]);
		expect(cards.map((card) => [card.nid, card.ord])).toEqual(notes.map((note) => [note.id, 0]));
		for (const note of notes) {
			const { question, facts } = expected.get(note.guid)!;
			const [first, ...rest] = note.fields.map(htmlText);
			if (note.mid === APKG_MODELS.cloze.id) {
				// The fact's own statement (the article's sentence for a fill-in-the-blank question),
				// its answer hidden as the only deletion.
				expect(rest).toHaveLength(1);
				const [fact] = facts;
				const sentence =
					question.form === 'cloze'
						? `${question.before}${question.answer.text}${question.after}`
						: fact.statement;
				expect(first).toBe(
					oneLine(sentence).replace(oneLine(fact.answer), `{{c1::${oneLine(fact.answer)}}}`)
				);
			} else {
				expect(note.mid).toBe(APKG_MODELS.basic.id);
				expect(rest).toHaveLength(2);
				if (isGroup(question)) expect(first.startsWith(oneLine(question.prompt))).toBe(true);
				else expect(first).toBe(questionText(question));
				expect(rest[0]).toBe(rightAnswer(question));
			}
		}
		// Every fact a single-fact question asks that a cloze can hide is a cloze.
		expect(notes.filter((n) => n.mid === APKG_MODELS.cloze.id).length).toBeGreaterThan(0);
	});

	it('backs each note with the article’s sentence and, where the site is given, a link to its paragraph', async () => {
		const { notes } = await packageOf(input);
		const expected = expectedNotes(input);
		for (const note of notes) {
			const source = note.fields.at(-1)!;
			for (const fact of expected.get(note.guid)!.facts) {
				expect(htmlText(source)).toContain(`“${oneLine(fact.quote)}”`);
				const paragraph = `paragraph ${fact.paragraph.slice(1)}`;
				if (input.sourceUrl)
					expect(source).toContain(
						`<a href="${escapeHtml(input.sourceUrl(fact))}">${paragraph}</a>`
					);
				else expect(source).not.toContain('<a ');
			}
		}
	});

	it('tags each note with factdeck, the article and its facts’ own tags', async () => {
		const { notes } = await packageOf(input);
		const expected = expectedNotes(input);
		for (const note of notes) {
			const { facts } = expected.get(note.guid)!;
			expect(note.tags).toEqual(
				expect.arrayContaining(['factdeck', 'mali-france-russia', ...facts.flatMap((f) => f.tags)])
			);
			expect(new Set(note.tags).size).toBe(note.tags.length);
		}
	});

	it('stores the sort field and checksum Anki works out from the first field', async () => {
		const { notes } = await packageOf(input);
		for (const note of notes) {
			expect(note.sfld).toBe(htmlText(note.fields[0]));
			const sha1 = createHash('sha1').update(note.sfld).digest('hex');
			expect(note.csum).toBe(parseInt(sha1.slice(0, 8), 16));
			expect(note.mod).toBe(secs);
		}
	});
});

describe('an Anki package made again, later', () => {
	it('keeps every note’s GUID and note type, newer, so Anki updates the notes instead of adding them', async () => {
		const later = new Date(now.getTime() + 86_400_000);
		const [first, second] = await Promise.all([
			packageOf(wholeDeck),
			packageOf({ ...wholeDeck, now: later })
		]);
		expect(second.notes.map((n) => [n.guid, n.mid])).toEqual(
			first.notes.map((n) => [n.guid, n.mid])
		);
		expect(new Set(first.notes.map((n) => n.guid)).size).toBe(first.notes.length);
		expect(Object.keys(second.models)).toEqual(Object.keys(first.models));
		for (const note of second.notes) expect(note.mod).toBe(later.getTime() / 1000);
	});

	it('gives a quiz’s notes the GUIDs the whole deck gives the same facts', async () => {
		const [deckPackage, quizPackage] = await Promise.all([
			packageOf(wholeDeck),
			packageOf(seededQuiz)
		]);
		const deckGuids = new Set(deckPackage.notes.map((n) => n.guid));
		for (const note of quizPackage.notes) expect(deckGuids).toContain(note.guid);
	});
});

describe('the Anki package exporter', () => {
	it('is the only module that loads sql.js, and it loads only when the format is chosen', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? files(path) : [path];
			});
		const sources = files('src').filter(
			(path) => /\.(ts|js|svelte)$/.test(path) && !/\.test\.ts$/.test(path)
		);
		const importing = (pattern: RegExp) =>
			sources.filter((path) => pattern.test(readFileSync(path, 'utf8')));
		expect(importing(/from ['"]sql\.js['"]/)).toEqual([join('src', 'lib', 'export', 'apkg.ts')]);
		expect(importing(/['"]\.\/apkg\.ts['"]/)).toEqual([join('src', 'lib', 'export', 'index.ts')]);
		const index = readFileSync(join('src', 'lib', 'export', 'index.ts'), 'utf8');
		expect(index).toMatch(/await import\('\.\/apkg\.ts'\)/);
		expect(index).not.toMatch(/^import .*apkg/m);
	});
});

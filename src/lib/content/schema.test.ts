import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../node/content-files.ts';
import { bankFile, buildLibrary, deckFile } from '../questions/library.ts';
import { loadCorpus } from './corpus.ts';
import { BankFileSchema, DeckFileSchema, LiveStatusSchema } from './schema.ts';

// The site's articles and the fixture article whose facts carry no hand-written distractor.
const library = buildLibrary(
	loadCorpus([
		...readContentFiles('questions'),
		...readContentFiles('src/lib/content/fixtures/no-distractors')
	])
);
/** A file as a page receives it: JSON text, parsed. */
const served = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the schemas of the files the build serves', () => {
	it('read every deck file the build writes back exactly as written', () => {
		const decks = library.articles.flatMap((a) => a.decks);
		expect(new Set(decks.map((d) => d.article)).size).toBe(3);
		for (const deck of decks) {
			const file = served(deckFile(library, deck));
			expect(v.parse(DeckFileSchema, file), deck.key).toEqual(file);
		}
	});

	it('read the bank back exactly as written, with a question of every form', () => {
		const bank = served(bankFile(library));
		const read = v.parse(BankFileSchema, bank);
		expect(read).toEqual(bank);
		expect(new Set(read.questions.map((q) => q.form)).size).toBe(7);
	});

	it('refuse a deck file whose question lacks what its form needs, or of another format', () => {
		const deck = library.articles[0].decks[0];
		const file = served(deckFile(library, deck)) as {
			format: string;
			questions: Record<string, unknown>[];
		};
		const broken = structuredClone(file);
		delete broken.questions[0].answer;
		expect(v.is(DeckFileSchema, broken)).toBe(false);
		const unknownForm = structuredClone(file);
		unknownForm.questions[0].form = 'essay';
		expect(v.is(DeckFileSchema, unknownForm)).toBe(false);
		expect(v.is(DeckFileSchema, { ...file, format: 'factdeck-bank' })).toBe(false);
		expect(v.is(DeckFileSchema, '<!doctype html>')).toBe(false);
	});

	it('read the live status only as a yes or no', () => {
		expect(v.parse(LiveStatusSchema, { live: true })).toEqual({ live: true });
		expect(v.is(LiveStatusSchema, { live: 'true' })).toBe(false);
		expect(v.is(LiveStatusSchema, null)).toBe(false);
	});
});

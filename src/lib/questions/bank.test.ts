import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { buildBank } from './bank.ts';
import { checkBank, checkQuestion } from './checks.ts';
import { buildDecks } from './decks.ts';
import { clashesWithAnswer } from './distractors.ts';
import { createRng } from './random.ts';

const corpus = loadCorpus(readContentFiles('questions'));
const fixture = loadCorpus(readContentFiles(VALID_FIXTURE));
const mali = corpus.articles.find((c) => c.article.id === 'mali-france-russia')!;

describe('the question bank', () => {
	it('is the same on every build', () => {
		expect(buildBank(mali)).toEqual(buildBank(mali));
	});

	it('keeps question ids when the bank is rebuilt with another seed', () => {
		const ids = (seed: number) => buildBank(mali, createRng(seed)).questions.map((q) => q.id);
		const a = new Set(ids(1));
		const b = new Set(ids(2));
		const factQuestions = [...a].filter((id) => !/:(order|match):/.test(id));
		expect(factQuestions.every((id) => b.has(id))).toBe(true);
	});

	it('derives every question id from its article, fact, form and variant', () => {
		for (const q of buildBank(mali).questions) {
			if (q.form === 'order' || q.form === 'match') expect(q.id).toMatch(/^mali-france-russia\/[a-z-]+:(order|match):\d+$/);
			else expect(q.id).toMatch(new RegExp(`^mali-france-russia/${q.facts[0]}:${q.form}(:(true|false))?$`));
		}
	});

	it('builds all six forms from the Mali article', () => {
		const forms = new Set(buildBank(mali).questions.map((q) => q.form));
		expect([...forms].sort()).toEqual(['choice', 'match', 'numeric', 'order', 'true-false', 'typed']);
	});

	it('swaps exactly one value to make a statement false', () => {
		const facts = new Map(mali.facts.map((f) => [f.id, f]));
		for (const q of buildBank(mali).questions) {
			if (q.form !== 'true-false' || q.answer) continue;
			const fact = facts.get(q.facts[0])!;
			expect(q.statement).toBe(fact.statement.replace(fact.answer.text, q.swap!.to));
			expect(q.statement).not.toBe(fact.statement);
		}
	});

	it('attributes claims and quoted sources in the stem', () => {
		const facts = new Map(mali.facts.map((f) => [f.id, f]));
		for (const q of buildBank(mali).questions) {
			if (q.form !== 'choice') continue;
			const fact = facts.get(q.facts[0])!;
			if (fact.kind === 'claim' || fact.attribution !== 'article')
				expect(checkQuestion(q, mali.facts).filter((f) => f.check === 'attributed')).toEqual([]);
		}
	});
});

for (const content of [...corpus.articles, ...fixture.articles]) {
	describe(`the decks of ${content.article.id}`, () => {
		const bank = buildBank(content);
		const decks = buildDecks(content, bank);

		it('pass every question check', () => {
			const failures = bank.questions.flatMap((q) => checkQuestion(q, content.facts));
			expect(failures).toEqual([]);
		});

		it('pass every bank check', () => {
			expect(checkBank(content, bank, decks)).toEqual([]);
		});

		it('include a deck for the whole article and one per section', () => {
			expect(decks.find((d) => d.id === 'all')!.questions).toHaveLength(bank.questions.length);
			for (const section of content.article.sections)
				expect(decks.some((d) => d.questions.length > 0 && d.id === section.id)).toBe(true);
		});
	});
}

describe('shuffling options', () => {
	it('keeps exactly one correct option, for any seed', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const facts = new Map(fixture.articles[0].facts.map((f) => [f.id, f]));
				for (const q of buildBank(fixture.articles[0], createRng(seed)).questions) {
					if (q.form !== 'choice') continue;
					const fact = facts.get(q.facts[0])!;
					expect(q.options[q.answer]).toBe(fact.answer.text);
					expect(q.options.filter((o) => clashesWithAnswer(o, fact))).toHaveLength(1);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('passes every check on the Mali article for other seeds too', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const bank = buildBank(mali, createRng(seed));
				expect(bank.questions.flatMap((q) => checkQuestion(q, mali.facts))).toEqual([]);
			}),
			{ numRuns: 15 }
		);
	});
});

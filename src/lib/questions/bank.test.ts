import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type ArticleContent } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { groupQuestionId } from '../ids.ts';
import { buildBank } from './bank.ts';
import { checkBank, checkContext, checkQuestion } from './checks.ts';
import { buildDecks } from './decks.ts';
import { clashesWithAnswer } from './distractors.ts';
import { createRng } from './random.ts';

const corpus = loadCorpus(readContentFiles('questions'));
const fixture = loadCorpus(readContentFiles(VALID_FIXTURE));
const mali = corpus.articles.find((c) => c.article.id === 'mali-france-russia')!;

/** A copy of an article's content with more dated events, each made from its first one. */
function withEvents(
	content: ArticleContent,
	events: { id: string; date: string }[]
): ArticleContent {
	const model = content.facts.find((fact) => fact.timeline && fact.answer.date)!;
	const added = events.map(({ id, date }) => ({
		...model,
		id,
		timeline: `Event ${id}`,
		statement: `Event ${id} happened in ${date}.`,
		answer: { ...model.answer, text: date, date }
	}));
	return { ...content, facts: [...content.facts, ...added] };
}

/** The order questions of a bank, as id → facts held. */
const orderFacts = (content: ArticleContent) =>
	new Map(
		buildBank(content).questions.flatMap((q) =>
			q.form === 'order' ? [[q.id, q.facts] as const] : []
		)
	);

describe('the question bank', () => {
	it('is the same on every build', () => {
		expect(buildBank(mali)).toEqual(buildBank(mali));
	});

	it('keeps question ids when the bank is rebuilt with another seed', () => {
		const facts = (seed: number) =>
			new Map(buildBank(mali, createRng(seed)).questions.map((q) => [q.id, q.facts]));
		const a = facts(1);
		const b = facts(2);
		expect([...a.keys()].some((id) => /:(order|match):/.test(id))).toBe(true);
		for (const [id, held] of a) expect(b.get(id)).toEqual(held);
	});

	it('derives every question id from its article, fact, form and variant', () => {
		for (const q of buildBank(mali).questions) {
			if (q.form === 'order')
				expect(q.id).toBe(groupQuestionId(mali.article.id, 'timeline', 'order', q.facts));
			else if (q.form === 'match')
				expect(q.id).toBe(groupQuestionId(mali.article.id, q.set, 'match', q.facts));
			else
				expect(q.id).toMatch(
					new RegExp(`^mali-france-russia/${q.facts[0]}:${q.form}(:(true|false))?$`)
				);
		}
	});

	it('names the facts of a question on several facts, in any order, in seven base-36 digits', () => {
		const id = groupQuestionId('a', 'timeline', 'order', ['x', 'y', 'z']);
		expect(id).toMatch(/^a\/timeline:order:[0-9a-z]{7}$/);
		expect(groupQuestionId('a', 'timeline', 'order', ['z', 'x', 'y'])).toBe(id);
		expect(groupQuestionId('a', 'timeline', 'order', ['x', 'y', 'w'])).not.toBe(id);
	});

	it('gives every question an id of its own, on a long timeline too', () => {
		const long = withEvents(
			mali,
			Array.from({ length: 400 }, (_, i) => ({ id: `event-${i}`, date: String(1000 + i) }))
		);
		for (const content of [mali, fixture.articles[0], long])
			for (const seed of [1, 2, 3]) {
				const ids = buildBank(content, createRng(seed)).questions.map((q) => q.id);
				expect(new Set(ids).size).toBe(ids.length);
			}
		expect([...orderFacts(long).keys()].length).toBeGreaterThan(150);
	}, 120_000);

	it('leaves the ids of order questions unchanged when a dated fact they do not hold is added', () => {
		const before = orderFacts(mali);
		const after = orderFacts(withEvents(mali, [{ id: 'new-event', date: '1975' }]));
		const holding = [...after].filter(([, held]) => held.includes('new-event'));
		const others = [...after].filter(([, held]) => !held.includes('new-event'));
		expect(holding.length).toBeGreaterThan(0);
		expect(others.length).toBeGreaterThan(before.size / 2);
		for (const [id, held] of others) expect(before.get(id)).toEqual(held);
	});

	it('leaves the ids of order questions unchanged when any dated fact they do not hold is added', () => {
		const before = orderFacts(mali);
		fc.assert(
			fc.property(
				fc.stringMatching(/^[a-z]{2,8}-[a-z0-9]{1,6}$/),
				fc.integer({ min: 1800, max: 2030 }),
				(id, year) => {
					fc.pre(!mali.facts.some((fact) => fact.id === id));
					const after = orderFacts(withEvents(mali, [{ id, date: String(year) }]));
					const others = [...after].filter(([, held]) => !held.includes(id));
					expect(others.length).toBeGreaterThan(0);
					for (const [qid, held] of others) expect(before.get(qid)).toEqual(held);
				}
			),
			{ numRuns: 10 }
		);
	});

	it('puts every pair of a set in a matching question of four different pairs', () => {
		const model = mali.facts.find((fact) => fact.pair)!;
		for (let size = 4; size <= 24; size++) {
			const pairs = Array.from({ length: size }, (_, i) => ({
				...model,
				id: `pair-${size}-${i}`,
				statement: `Pair ${i} of ${size}.`,
				pair: { set: 'extra', left: `Left ${i}`, right: `Right ${i}` }
			}));
			const bank = buildBank({ ...mali, facts: [...mali.facts, ...pairs] });
			const groups = bank.questions.filter((q) => q.form === 'match' && q.set === 'extra');
			for (const group of groups) expect(new Set(group.facts).size).toBe(4);
			expect(new Set(groups.flatMap((q) => q.facts)).size).toBe(size);
		}
	}, 120_000);

	it('builds every form from the Mali article', () => {
		const forms = new Set(buildBank(mali).questions.map((q) => q.form));
		expect([...forms].sort()).toEqual([
			'choice',
			'cloze',
			'match',
			'numeric',
			'order',
			'true-false',
			'typed'
		]);
	});

	it('swaps exactly one value to make a statement false, where no false statement is authored', () => {
		const facts = new Map(mali.facts.map((f) => [f.id, f]));
		let swapped = 0;
		for (const q of buildBank(mali).questions) {
			if (q.form !== 'true-false' || q.answer) continue;
			const fact = facts.get(q.facts[0])!;
			if (fact.falseStatement !== undefined) {
				expect(q.statement).toBe(fact.falseStatement);
				expect(q.correction).toBe(fact.statement);
				continue;
			}
			expect(q.statement).toBe(fact.statement.replace(fact.answer.text, q.swap!.to));
			expect(q.statement).not.toBe(fact.statement);
			swapped++;
		}
		expect(swapped).toBeGreaterThan(0);
	});

	it('attributes claims and quoted sources in the stem', () => {
		const facts = new Map(mali.facts.map((f) => [f.id, f]));
		for (const q of buildBank(mali).questions) {
			if (q.form !== 'choice') continue;
			const fact = facts.get(q.facts[0])!;
			if (fact.kind === 'claim' || fact.attribution !== 'article')
				expect(
					checkQuestion(q, checkContext(mali.facts, mali.article, mali.distractors)).filter(
						(f) => f.check === 'attributed'
					)
				).toEqual([]);
		}
	});
});

for (const content of [...corpus.articles, ...fixture.articles]) {
	describe(`the decks of ${content.article.id}`, () => {
		const bank = buildBank(content);
		const decks = buildDecks(content, bank);

		it('pass every question check', () => {
			const failures = bank.questions.flatMap((q) =>
				checkQuestion(q, checkContext(content.facts, content.article, content.distractors))
			);
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
			{ numRuns: 50 }
		);
	});

	it('passes every check on the Mali article for other seeds too', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const bank = buildBank(mali, createRng(seed));
				const ctx = checkContext(mali.facts, mali.article, mali.distractors);
				expect(bank.questions.flatMap((q) => checkQuestion(q, ctx))).toEqual([]);
			}),
			// A few seeds a run, new ones every run: each builds and checks the whole article.
			{ numRuns: 5 }
		);
	}, 60_000);
});

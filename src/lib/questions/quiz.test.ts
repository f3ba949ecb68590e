import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { buildBank } from './bank.ts';
import { leaksBetween, nextSentences, revealedFacts, sharedAnswerWords } from './leaks.ts';
import { sampleQuiz, type QuizSettings } from './quiz.ts';
import { contains } from './text.ts';
import type { Question } from './types.ts';

const content = loadCorpus(readContentFiles('questions')).articles.find(
	(a) => a.article.id === 'mali-france-russia'
)!;
const questions = buildBank(content).questions;
const settings: QuizSettings = { count: 10, forms: [], order: 'random' };
const ids = (seed: number, s: QuizSettings = settings) =>
	sampleQuiz(questions, s, seed).map((q) => q.id);

describe('sampleQuiz', () => {
	it('gives the same quiz for the same seed, on every run', () => {
		expect(ids(42)).toEqual(ids(42));
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				expect(ids(seed)).toEqual(ids(seed));
			}),
			{ numRuns: 50 }
		);
	});

	it('gives a different order for a different seed', () => {
		expect(ids(1)).not.toEqual(ids(2));
	});

	it('never asks two questions on the same fact', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 200 }), (seed, count) => {
				const quiz = sampleQuiz(questions, { ...settings, count }, seed);
				const single = quiz.filter((q) => q.facts.length === 1).map((q) => q.facts[0]);
				expect(new Set(single).size).toBe(single.length);
			}),
			{ numRuns: 50 }
		);
	});

	it('takes the number of questions asked for, and as many as fit when asked for more', () => {
		expect(ids(3)).toHaveLength(10);
		const all = sampleQuiz(questions, { ...settings, count: 10_000 }, 3);
		expect(all.length).toBeGreaterThan(content.facts.length / 4);
		// Every question left out shares a fact with one taken, or one of the two answers the other.
		const taken = new Set(all.map((q) => q.id));
		for (const q of questions.filter((q) => !taken.has(q.id)))
			expect(all.some((p) => p.facts.some((f) => q.facts.includes(f)) || leaksBetween(p, q))).toBe(
				true
			);
	});

	it('never puts in one quiz two questions where one shows the answer of the other', () => {
		// Recomputed from the questions' texts, not read from the bank's own graph.
		const graph = revealedFacts(questions, content.facts);
		const leaks = (a: Question, b: Question) =>
			graph.get(a.id)!.some((f) => b.facts.includes(f)) ||
			graph.get(b.id)!.some((f) => a.facts.includes(f));
		let leaky = 0;
		for (let seed = 0; seed < 1000; seed++) {
			const quiz = sampleQuiz(questions, { ...settings, count: 20 }, seed);
			expect(quiz).toHaveLength(20);
			if (quiz.some((a, i) => quiz.slice(i + 1).some((b) => leaks(a, b)))) leaky++;
		}
		expect(leaky).toBe(0);
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 1, max: 80 }),
				fc.subarray([...new Set(questions.map((q) => q.form))]),
				(seed, count, forms) => {
					const quiz = sampleQuiz(questions, { count, forms, order: 'random' }, seed);
					for (const [i, a] of quiz.entries())
						for (const b of quiz.slice(i + 1)) expect(leaks(a, b)).toBe(false);
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('keeps apart two facts quoted from one sentence of the article while the deck has others to draw', () => {
		const near = (a: Question, b: Question) =>
			(a.near ?? []).some((f) => b.facts.includes(f)) ||
			(b.near ?? []).some((f) => a.facts.includes(f));
		expect(questions.filter((q) => q.near).length).toBeGreaterThan(0);
		for (let seed = 0; seed < 200; seed++) {
			const quiz = sampleQuiz(questions, { ...settings, count: 20 }, seed);
			expect(quiz).toHaveLength(20);
			expect(quiz.some((a, i) => quiz.slice(i + 1).some((b) => near(a, b)))).toBe(false);
		}
	}, 60_000);

	it('lets facts of one sentence meet rather than make a quiz shorter than asked', () => {
		const single = questions.filter((q) => q.facts.length === 1);
		const [sentence, other] = single
			.flatMap((a) =>
				single
					.filter((b) => (a.near ?? []).includes(b.facts[0]) && !leaksBetween(a, b))
					.map((b) => [a, b])
			)
			.at(0)!;
		const quiz = sampleQuiz([sentence, other], { ...settings, count: 2 }, 1);
		expect(quiz.map((q) => q.id).sort()).toEqual([sentence.id, other.id].sort());
	});

	it('finds the answer a question shows of another fact, in its stem or its explanation', () => {
		const named = questions.find(
			(q) => q.facts.length === 1 && (q.reveals ?? []).length > 0 && q.form === 'typed'
		)!;
		const other = content.facts.find((f) => f.id === named.reveals![0])!;
		const graph = revealedFacts([named], content.facts);
		expect(graph.get(named.id)).toContain(other.id);
		const quiet = { ...named, id: 'quiet', prompt: 'Which?', reveals: undefined };
		const factless = content.facts.map((f) =>
			f.id === named.facts[0] ? { ...f, statement: 'It.', quote: 'It.', note: undefined } : f
		);
		const quietTyped = { ...quiet, answer: { text: 'It', aliases: [] } } as Question;
		expect(revealedFacts([quietTyped], factless).get('quiet')).toEqual([]);
	});

	it('keeps apart a fact and a neighbour that says its answer in other words', () => {
		const fact = (
			id: string,
			paragraph: string,
			prompt: string,
			answer: string,
			statement: string
		) => ({
			...content.facts[0],
			id,
			paragraph,
			prompt,
			statement,
			quote: statement,
			answer: { ...content.facts[0].answer, text: answer }
		});
		const paragraph = content.article.sections[0].paragraphs[0];
		const paragraphs = ['a', 'b', 'c', 'd'].map((id) => ({ ...paragraph, id }));
		const article = {
			...content.article,
			sections: [{ ...content.article.sections[0], paragraphs }]
		};
		const reforms = fact(
			'reforms',
			'b',
			'What does aid give Bamako little reason to carry out?',
			'political reforms',
			'Aid gives little reason for political reforms.'
		);
		const shared = sharedAnswerWords(
			[
				reforms,
				fact(
					'progress',
					'c',
					'What was France tired of?',
					'the lack of progress',
					'France was tired of the lack of political progress.'
				),
				fact(
					'far',
					'd',
					'What did France hope for?',
					'a new start',
					'France hoped for political change.'
				),
				fact(
					'asked',
					'd',
					'Which political goal came first?',
					'political elections',
					'The vote came first.'
				)
			],
			article
		);
		expect([...shared.get('reforms')!]).toEqual(['progress']);
		expect([...shared.get('progress')!]).toEqual(['reforms']);
		expect(shared.get('far')!.size + shared.get('asked')!.size).toBe(0);
	});

	it("keeps apart facts quoted from a sentence and the one after it, across a paragraph's end", () => {
		const paragraph = content.article.sections[0].paragraphs[0];
		const paragraphs = [
			{ ...paragraph, id: 'a', text: 'The army came in 2013. It fought the groups hard.' },
			{
				...paragraph,
				id: 'b',
				text: 'It won only limited victories. The rains came late that year.'
			}
		];
		const article = {
			...content.article,
			sections: [{ ...content.article.sections[0], paragraphs }]
		};
		const fact = (id: string, where: string, quote: string) => ({
			...content.facts[0],
			id,
			paragraph: where,
			quote
		});
		const close = nextSentences(
			[
				fact('came', 'a', 'The army came in 2013'),
				fact('fought', 'a', 'fought the groups hard'),
				fact('limited', 'b', 'won only limited victories'),
				fact('rains', 'b', 'The rains came late')
			],
			article
		);
		expect([...close.get('fought')!].sort()).toEqual(['came', 'limited']);
		expect([...close.get('limited')!].sort()).toEqual(['fought', 'rains']);
		expect(close.get('came')!.has('limited')).toBe(false);
		expect(close.get('rains')!.has('fought')).toBe(false);
	});

	it('finds an answer a question names in the possessive ("Wagner\'s coming")', () => {
		const other = content.facts.find((f) => /^\p{Lu}\p{Ll}+$/u.test(f.answer.text))!;
		const asker = questions.find((q) => q.form === 'true-false' && !q.facts.includes(other.id))!;
		const possessive = {
			...asker,
			id: 'possessive',
			prompt: `True or false? ${other.answer.text}'s coming was hailed.`
		};
		expect(revealedFacts([possessive], content.facts).get('possessive')).toContain(other.id);
		expect(contains(`${other.answer.text}'s coming`, other.answer.text)).toBe(true);
	});

	it('keeps to the forms chosen', () => {
		const quiz = sampleQuiz(questions, { ...settings, forms: ['typed', 'numeric'] }, 5);
		expect(quiz.every((q) => q.form === 'typed' || q.form === 'numeric')).toBe(true);
	});

	it('follows the article in article order', () => {
		const quiz = sampleQuiz(questions, { ...settings, count: 30, order: 'article' }, 9);
		const positions = quiz.map((q) => q.position);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});
});

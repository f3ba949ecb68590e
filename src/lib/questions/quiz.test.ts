import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { buildBank } from './bank.ts';
import { sampleQuiz, type QuizSettings } from './quiz.ts';

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

	it('takes the number of questions asked for, or every fact when there are fewer', () => {
		expect(ids(3)).toHaveLength(10);
		const all = sampleQuiz(questions, { ...settings, count: 10_000 }, 3);
		expect(all.length).toBeLessThan(10_000);
		expect(all.length).toBeGreaterThanOrEqual(content.facts.length);
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

import { describe, expect, it } from 'vitest';
import { grade } from '$lib/questions/grade.ts';
import { answerLetter, answerLine, headline, saysMore, stemParts } from './card.ts';
import {
	choice,
	chosenCloze,
	falseStatement,
	numeric,
	order,
	typed,
	typedCloze
} from './questions.fixture.ts';

describe('the heading over an answer', () => {
	it('says how the answer went, or that the time ran out', () => {
		expect(headline(grade(typed, { form: 'typed', text: 'Bamako' }))).toBe('Right');
		expect(headline(grade(order, { form: 'order', order: ['b', 'a'] }))).toBe('Not quite');
		expect(headline(grade(typed, { form: 'typed', text: 'Gao' }))).toBe('Not quite');
		expect(headline({ ...grade(typed, { form: 'typed', text: 'Gao' }), score: 0.5 })).toBe(
			'Partly right'
		);
		expect(headline(undefined)).toBe('Time is up');
	});
});

describe('the grader’s sentence under the heading', () => {
	it('shows how a number within the tolerance was accepted, in review as in the quiz', () => {
		const verdict = grade(numeric, { form: 'numeric', text: '980' });
		expect(verdict.match).toBe('tolerance');
		expect(saysMore(verdict)).toBe(true);
	});

	it('shows how another spelling or a typo was accepted', () => {
		expect(saysMore(grade(typed, { form: 'typed', text: 'Bamaco' }))).toBe(true);
		expect(saysMore(grade(typedCloze, { form: 'cloze', text: 'Bamakko' }))).toBe(true);
	});

	it('shows what a false statement changed, whether it was judged right or not', () => {
		expect(saysMore(grade(falseStatement, { form: 'true-false', value: false }))).toBe(true);
		expect(saysMore(grade(falseStatement, { form: 'true-false', value: true }))).toBe(true);
	});

	it('shows a number’s unit and how to write one, which the answer line does not', () => {
		expect(saysMore(grade(numeric, { form: 'numeric', text: '5000' }))).toBe(true);
		expect(saysMore(grade(numeric, { form: 'numeric', text: 'many' }))).toBe(true);
	});

	it('leaves out a bare "Right." and a sentence that only names the answer', () => {
		expect(saysMore(grade(choice, { form: 'choice', option: 2 }))).toBe(false);
		expect(saysMore(grade(choice, { form: 'choice', option: 0 }))).toBe(false);
		expect(saysMore(grade(typed, { form: 'typed', text: 'Gao' }))).toBe(false);
		expect(saysMore(grade(chosenCloze, { form: 'cloze', text: 'arms and finances' }))).toBe(false);
	});
});

describe('the answer as a class reads it', () => {
	it('gives the letter of the right option where the answer is picked from lettered options', () => {
		expect(answerLetter(choice)).toBe('C');
		expect(answerLetter(falseStatement)).toBe('B');
		expect(answerLetter(chosenCloze)).toBe('B');
		expect(answerLine(choice)).toBe('C. Bamako');
		expect(answerLine(falseStatement)).toBe('B. False');
	});

	it('gives the answer alone where it is written', () => {
		for (const question of [typed, typedCloze, numeric, order])
			expect(answerLetter(question)).toBeUndefined();
		expect(answerLine(typedCloze)).toBe('Bamako');
		expect(answerLine(order)).toBe('Serval begins (2013) → Barkhane begins (2014)');
	});
});

describe('the stem below a prompt', () => {
	it('is the statement of a true-or-false question, and nothing where the prompt asks it all', () => {
		expect(stemParts(falseStatement)).toEqual([{ text: 'The capital of Mali is Gao.' }]);
		expect(stemParts(choice)).toEqual([]);
		expect(stemParts(typed)).toEqual([]);
	});

	it('is a cloze’s sentence with its blank where the answer was taken out', () => {
		expect(stemParts(typedCloze)).toEqual([
			{ text: 'Protesters gathered in ' },
			{ blank: true },
			{ text: ', the capital.' }
		]);
		expect(stemParts({ ...typedCloze, before: '', after: ' is the capital.' })).toEqual([
			{ blank: true },
			{ text: ' is the capital.' }
		]);
	});
});

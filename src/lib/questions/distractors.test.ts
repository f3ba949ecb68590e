import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../content/schema.ts';
import {
	aliasesOf,
	clashesWithAnswer,
	distractorsFor,
	indexFacts,
	withoutMiddleNames
} from './distractors.ts';
import { dateFormatOf, numberFormatOf } from './format.ts';
import { createRng } from './random.ts';

type FactInput = Omit<Partial<Fact>, 'answer'> & {
	answer: Partial<Fact['answer']> & { text: string };
};

/** A fact with the defaults the schema fills in, overridden where a test needs it. */
const fact = ({ answer, ...rest }: FactInput): Fact => ({
	id: 'f',
	kind: 'number',
	prompt: 'How many?',
	statement: `It was ${answer.text}.`,
	quote: answer.text,
	paragraph: 'p1',
	attribution: 'article',
	tags: [],
	...rest,
	answer: { aliases: [], tolerance: 0, distractors: [], ...answer }
});

const texts = (f: Fact, others: Fact[] = [], seed = 1) =>
	distractorsFor(f, indexFacts([f, ...others]), createRng(seed)).map((d) => d.text);

describe('number distractors', () => {
	it('are written like the answer: thousands separators, percent signs, decimals', () => {
		for (const text of texts(fact({ answer: { text: '5,100', value: 5100, unit: 'soldiers' } })))
			expect(text).toMatch(/^\d{1,2},\d{3}$/);
		for (const text of texts(fact({ answer: { text: '39%', value: 39, unit: 'percent' } })))
			expect(text).toMatch(/^\d{1,2}%$/);
		for (const text of texts(
			fact({ answer: { text: '6 billion', value: 6e9, unit: 'CFA francs' } })
		))
			expect(text).toMatch(/^\d+ billion$/);
	});

	it('stay at the scale of the answer and outside its tolerance', () => {
		fc.assert(
			fc.property(fc.integer({ min: 20, max: 1_000_000 }), fc.integer(), (value, seed) => {
				const answer = fact({
					answer: {
						text: value.toLocaleString('en-US'),
						value,
						unit: 'people',
						tolerance: Math.floor(value / 20)
					}
				});
				const options = texts(answer, [], seed);
				expect(options).toHaveLength(3);
				for (const option of options) {
					const shown = numberFormatOf(option)!.shown;
					expect(shown / value).toBeGreaterThan(0.1);
					expect(shown / value).toBeLessThan(10);
					expect(Math.abs(shown - value)).toBeGreaterThan(answer.answer.tolerance);
				}
			})
		);
	});

	it('prefer numbers of the same unit from the same article', () => {
		const answer = fact({ id: 'a', answer: { text: '1,000', value: 1000, unit: 'mercenaries' } });
		const other = fact({ id: 'b', answer: { text: '1,500', value: 1500, unit: 'mercenaries' } });
		const elsewhere = fact({ id: 'c', answer: { text: '1,200', value: 1200, unit: 'euros' } });
		const chosen = distractorsFor(answer, indexFacts([answer, other, elsewhere]), createRng(3));
		expect(chosen[0]).toEqual({ text: '1,500', source: 'article' });
		expect(chosen.map((d) => d.text)).not.toContain('1,200');
	});
});

describe('date distractors', () => {
	it('are other years, written as years, for a year', () => {
		const answer = fact({ kind: 'date', answer: { text: '2013', date: '2013' } });
		for (const text of texts(answer)) expect(dateFormatOf(text)).toBe('year');
		expect(texts(answer)).not.toContain('2013');
	});

	it('keep the month and day form of a full date', () => {
		const answer = fact({ kind: 'date', answer: { text: 'October 23, 2019', date: '2019-10-23' } });
		for (const text of texts(answer)) expect(dateFormatOf(text)).toBe('month-day-year');
	});
});

describe('name aliases', () => {
	it('accepts a person by first and last name without the names between', () => {
		const person = fact({
			kind: 'person',
			answer: { text: 'Ada King Lovelace', aliases: ['Augusta Ada King Lovelace'] }
		});
		expect(aliasesOf(person)).toEqual(expect.arrayContaining(['Ada Lovelace', 'Augusta Lovelace']));
	});

	it('keeps a surname with its particle, and leaves two-word names and lower-case words alone', () => {
		expect(withoutMiddleNames('Jean Yves Le Drian')).toEqual([]);
		expect(withoutMiddleNames('Ludwig van Beethoven')).toEqual([]);
		expect(withoutMiddleNames('Grace Hopper')).toEqual([]);
		expect(withoutMiddleNames('the Wagner group')).toEqual([]);
		expect(withoutMiddleNames('Charles Babbage Junior Smith')).toEqual(['Charles Smith']);
	});
});

describe('name distractors', () => {
	const people = ['Sadio Camara', 'Emmanuel Macron', 'Vladimir Putin', 'Colum Lynch'].map(
		(text, i) => fact({ id: `p${i}`, kind: 'person', answer: { text } })
	);

	it('come from the article first, then from the article’s own list', () => {
		const list = { person: ['Ada Lovelace', 'Charles Babbage', 'Grace Hopper'] };
		const chosen = distractorsFor(people[0], indexFacts(people, list), createRng(1));
		expect(chosen.every((d) => d.source === 'article')).toBe(true);
		const alone = distractorsFor(people[0], indexFacts([people[0]], list), createRng(1));
		expect(alone.map((d) => d.source)).toEqual(['curated', 'curated', 'curated']);
		expect(alone.map((d) => d.text).sort()).toEqual(list.person.sort());
	});

	it('come from no other article’s list: an article without a list gets only its own answers', () => {
		expect(distractorsFor(people[0], indexFacts([people[0]]), createRng(1))).toEqual([]);
	});

	it('never equal, sit inside or contain the answer or an alias', () => {
		const answer = fact({
			id: 'x',
			kind: 'person',
			answer: { text: 'Asmi Guetta', aliases: ['Assimi Goïta'] }
		});
		const tricky = ['Guetta', 'Colonel Asmi Guetta', 'assimi goita', 'Sadio Camara'].map(
			(text, i) => fact({ id: `t${i}`, kind: 'person', answer: { text } })
		);
		const chosen = texts(answer, tricky);
		expect(chosen).toContain('Sadio Camara');
		for (const text of chosen) expect(clashesWithAnswer(text, answer)).toBe(false);
	});

	it('keep to the answer’s category', () => {
		const city = fact({ id: 'c', kind: 'place', answer: { text: 'Bamako', category: 'city' } });
		const country = fact({ id: 'k', kind: 'place', answer: { text: 'Chad', category: 'country' } });
		expect(texts(city, [country])).not.toContain('Chad');
	});

	it('use the authored ones first', () => {
		const answer = fact({
			kind: 'claim',
			answer: { text: 'a hero', distractors: ['a tsar', 'a threat', 'a broker'] }
		});
		expect(texts(answer).sort()).toEqual(['a broker', 'a threat', 'a tsar']);
	});
});

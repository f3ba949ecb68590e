import { describe, expect, it } from 'vitest';
import type { Fact } from '../content/schema.ts';
import { aliasesOf, distractorsFor, indexFacts } from './distractors.ts';
import { createRng } from './random.ts';
import { capitalOf, countryNamed, placeCategory, referenceAliases } from './reference.ts';

const place = (id: string, text: string, category?: string, aliases: string[] = []): Fact => ({
	id,
	kind: 'place',
	prompt: 'Where?',
	statement: `It was in ${text}.`,
	quote: text,
	paragraph: 'p1',
	attribution: 'article',
	tags: [],
	answer: { text, aliases, tolerance: 0, distractors: [], ...(category ? { category } : {}) }
});

const options = (fact: Fact, others: Fact[] = [], seed = 1) =>
	distractorsFor(fact, indexFacts([fact, ...others]), createRng(seed));

describe('reference data', () => {
	it('knows a country by its English or French name, and a capital by its city', () => {
		expect(countryNamed('Chad')?.code).toBe('TD');
		expect(countryNamed('Tchad')?.code).toBe('TD');
		expect(countryNamed('the Russian Federation')?.code).toBe('RU');
		expect(capitalOf('Bamako')?.name).toBe('Mali');
		expect(countryNamed('Atlantis')).toBeUndefined();
	});

	it('accepts a country’s French name: Tchad for Chad, Russie for Russia', () => {
		expect(aliasesOf(place('c', 'Chad', 'country'))).toContain('Tchad');
		expect(aliasesOf(place('r', 'Russia'))).toContain('Russie');
	});

	it('accepts a capital written with its country: Moscow, Russia and Bamako, Mali', () => {
		expect(aliasesOf(place('m', 'Moscow', 'city'))).toContain('Moscow, Russia');
		expect(aliasesOf(place('b', 'Bamako'))).toContain('Bamako, Mali');
		// An answer that names the capital in other words gets it through its alias.
		expect(aliasesOf(place('x', 'the Russian capital', 'city', ['Moscow']))).toContain(
			'Moscow, Russia'
		);
	});

	it('adds nothing to a place it does not know, nor to a city that is no capital', () => {
		expect(referenceAliases(place('g', 'Gulf of Guinea'))).toEqual([]);
		expect(referenceAliases(place('s', 'Sochi', 'city'))).toEqual([]);
	});

	it('recognises a country or a capital whose author gave no category', () => {
		expect(placeCategory(place('c', 'Chad'))).toBe('country');
		expect(placeCategory(place('b', 'Bamako'))).toBe('city');
		expect(placeCategory(place('g', 'Gulf of Guinea'))).toBeUndefined();
		// An authored category wins.
		expect(placeCategory(place('d', 'Djibouti', 'city'))).toBe('city');
	});
});

describe('reference distractors', () => {
	it('offer a country its neighbours first, all independent countries', () => {
		const chad = place('c', 'Chad');
		const neighbours = [
			'Cameroon',
			'Central African Republic',
			'Libya',
			'Niger',
			'Nigeria',
			'Sudan'
		];
		for (const seed of [1, 2, 3]) {
			const chosen = options(chad, [], seed);
			expect(chosen).toHaveLength(3);
			for (const d of chosen) {
				expect(d.source).toBe('reference');
				expect(neighbours).toContain(d.text);
			}
		}
	});

	it('come after the article’s own countries', () => {
		const chosen = options(place('c', 'Chad'), [place('f', 'France'), place('m', 'Mali')]);
		expect(
			chosen
				.slice(0, 2)
				.map((d) => d.text)
				.sort()
		).toEqual(['France', 'Mali']);
		expect(chosen[2].source).toBe('reference');
	});

	it('offer a capital other capitals of its region, never a country', () => {
		const chosen = options(place('b', 'Bamako', 'city'));
		expect(chosen).toHaveLength(3);
		for (const d of chosen) {
			expect(capitalOf(d.text)?.region).toBe('Africa');
			expect(countryNamed(d.text)).toBeUndefined();
		}
	});

	it('never offer the answer under another name', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const texts = options(place('i', 'Ivory Coast'), [], seed).map((d) => d.text);
			expect(texts).not.toContain('Côte d’Ivoire');
			expect(texts.map((t) => countryNamed(t)?.code)).not.toContain('CI');
		}
	});
});

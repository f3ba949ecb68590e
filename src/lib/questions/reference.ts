// General knowledge for distractors and aliases, from maintained data packages: countries with
// their regions, neighbours and capitals (world-countries) and their names in English and French
// (i18n-iso-countries). Only building a bank reads it; nothing here runs until first asked, so a
// page that imports a form's grader carries none of it.
import countries from 'world-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import french from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Fact } from '../content/schema.ts';
import { normalize } from './text.ts';

/** A country as distractors and aliases need it. */
export interface Country {
	/** ISO 3166-1 alpha-2 code. */
	code: string;
	/** Its common English name ("Japan", "North Macedonia"). */
	name: string;
	/** Its names in French ("Japon"). */
	french: string[];
	capitals: string[];
	region: string;
	subregion: string;
	/** The alpha-2 codes of the countries it borders. */
	borders: string[];
	/** An independent state, not a territory: only these are offered as wrong options. */
	independent: boolean;
}

interface Reference {
	countries: Country[];
	byCode: Map<string, Country>;
	byName: Map<string, Country>;
	byCapital: Map<string, Country>;
}

let built: Reference | undefined;

const namesIn = (names: string | string[] | undefined): string[] =>
	names === undefined ? [] : Array.isArray(names) ? names : [names];

function reference(): Reference {
	if (built) return built;
	const en = english.countries as Record<string, string | string[]>;
	const fr = french.countries as Record<string, string | string[]>;
	const alpha2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
	const list: Country[] = countries.map((c) => ({
		code: c.cca2,
		name: c.name.common,
		french: namesIn(fr[c.cca2]),
		capitals: c.capital,
		region: c.region,
		subregion: c.subregion,
		borders: c.borders.flatMap((code) => alpha2.get(code) ?? []),
		independent: c.independent
	}));
	const byName = new Map<string, Country>();
	const byCapital = new Map<string, Country>();
	for (const [i, country] of list.entries()) {
		const source = countries[i];
		// Alternative spellings hold codes ("ML") too: a name has more than three letters.
		const alternatives = source.altSpellings.filter((name) => name.length > 3);
		const names = [
			country.name,
			source.name.official,
			...namesIn(en[country.code]),
			...country.french,
			...alternatives
		];
		for (const name of names)
			if (!byName.has(normalize(name))) byName.set(normalize(name), country);
		for (const capital of country.capitals)
			if (!byCapital.has(normalize(capital))) byCapital.set(normalize(capital), country);
	}
	built = { countries: list, byCode: new Map(list.map((c) => [c.code, c])), byName, byCapital };
	return built;
}

/** The country a name stands for, in English or French, or undefined. */
export function countryNamed(name: string): Country | undefined {
	return reference().byName.get(normalize(name));
}

/** The country whose capital a city is, or undefined. */
export function capitalOf(city: string): Country | undefined {
	return reference().byCapital.get(normalize(city));
}

/**
 * The category of a place fact: the authored one, else "country" or "city" when its answer names
 * a country or a capital, so an author need not write the obvious.
 */
export function placeCategory(fact: Fact): string | undefined {
	if (fact.answer.category || fact.kind !== 'place') return fact.answer.category;
	if (countryNamed(fact.answer.text)) return 'country';
	if (capitalOf(fact.answer.text)) return 'city';
	return undefined;
}

/** The country a country fact names (its answer, else an alias), when reference data knows it. */
function countryOfFact(fact: Fact): Country | undefined {
	if (fact.kind !== 'place' || placeCategory(fact) !== 'country') return undefined;
	for (const name of [fact.answer.text, ...fact.answer.aliases]) {
		const found = countryNamed(name);
		if (found) return found;
	}
	return undefined;
}

/** The capitals a city fact names, each with its country: "Tokyo" for "the Japanese capital". */
function capitalsOfFact(fact: Fact): { city: string; country: Country }[] {
	if (fact.kind !== 'place' || placeCategory(fact) !== 'city') return [];
	return [fact.answer.text, ...fact.answer.aliases].flatMap((city) => {
		const country = capitalOf(city);
		return country ? [{ city, country }] : [];
	});
}

/**
 * Answers reference data adds to a place fact's own: a country's French names ("Japon",
 * "Pérou") and its common English name, and a capital written with its country
 * ("Lima, Peru").
 */
export function referenceAliases(fact: Fact): string[] {
	const country = countryOfFact(fact);
	if (country) return [country.name, ...country.french];
	return capitalsOfFact(fact).map(({ city, country }) => `${city}, ${country.name}`);
}

/**
 * Countries near a country, nearest first: its neighbours, then its subregion, then its region,
 * independent states only, each group in the data's order.
 */
function countriesNear(country: Country): Country[] {
	const { countries: all, byCode } = reference();
	const neighbours = country.borders.flatMap((code) => byCode.get(code) ?? []);
	const subregion = all.filter((c) => c.subregion === country.subregion);
	const region = all.filter((c) => c.region === country.region);
	return [...new Set([...neighbours, ...subregion, ...region])].filter(
		(c) => c !== country && c.independent
	);
}

/**
 * Wrong options reference data offers a place fact, nearest first: for a country, the countries
 * around it; for a capital, the capitals of the countries around its country. Each group is
 * returned apart so a caller can shuffle within it and keep the nearest first.
 */
export function referenceOptions(fact: Fact): string[][] {
	const country = countryOfFact(fact);
	if (country) return groupsNear(country, (c) => [c.name]);
	const [capital] = capitalsOfFact(fact);
	if (capital) return groupsNear(capital.country, (c) => c.capitals.slice(0, 1));
	return [];
}

function groupsNear(country: Country, names: (c: Country) => string[]): string[][] {
	const near = countriesNear(country);
	const neighbour = (c: Country) => country.borders.includes(c.code);
	const sameSubregion = (c: Country) => !neighbour(c) && c.subregion === country.subregion;
	const rest = (c: Country) => !neighbour(c) && !sameSubregion(c);
	return [neighbour, sameSubregion, rest].map((group) => near.filter(group).flatMap(names));
}

/** Whether reference data counts `text` as of the fact's kind: a country for a country, a capital for a capital. */
export function inReferencePool(text: string, fact: Fact): boolean {
	const category = fact.kind === 'place' ? placeCategory(fact) : undefined;
	if (category === 'country') return countryNamed(text) !== undefined;
	if (category === 'city') return capitalOf(text) !== undefined;
	return false;
}

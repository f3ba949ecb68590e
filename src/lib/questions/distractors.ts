import type { DistractorLists, Fact } from '../content/schema.ts';
import {
	dateFormatOf,
	formatNumber,
	isoDate,
	isoParts,
	numberFormatOf,
	parseDate,
	roundSignificant,
	sameDateForms,
	shiftDate,
	significantDigits,
	writeDate,
	type DateParts
} from './format.ts';
import { inReferencePool, placeCategory, referenceAliases, referenceOptions } from './reference.ts';
import { contains, normalize } from './text.ts';
import { shuffle, type Rng } from './random.ts';

/**
 * Where a distractor came from, most trusted first: the fact itself, the article's other answers,
 * the article's own list (distractors.yaml), reference data (countries), or generated (numbers, dates).
 */
export type DistractorSource = 'authored' | 'article' | 'curated' | 'reference' | 'generated';

export interface Distractor {
	text: string;
	source: DistractorSource;
}

const aliasCache = new WeakMap<Fact, string[]>();

/**
 * Every other answer a learner may give for a fact: its authored aliases, then those factdeck
 * adds (a country's French name, a capital with its country, a date in its other usual forms),
 * each once.
 */
export function aliasesOf(fact: Fact): string[] {
	let aliases = aliasCache.get(fact);
	if (!aliases) {
		const seen = new Set([normalize(fact.answer.text)]);
		const derived =
			fact.kind === 'date'
				? sameDateForms(fact.answer.text)
				: fact.kind === 'person'
					? [fact.answer.text, ...fact.answer.aliases].flatMap(withoutMiddleNames)
					: referenceAliases(fact);
		aliases = [...fact.answer.aliases, ...derived].filter((alias) => {
			const key = normalize(alias);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		aliasCache.set(fact, aliases);
	}
	return aliases;
}

/** Words that join a surname to the name before it ("Le Drian", "van Gogh"): never dropped. */
const PARTICLES = new Set(
	'le la de du des del della di da van von der den ter al el bin ben ibn abu mac st'.split(' ')
);

/**
 * A person's first and last name without the names between ("Ada Lovelace" for "Ada King
 * Lovelace"), which a teacher accepts; none when the name has two words or ends on a particle.
 */
export function withoutMiddleNames(name: string): string[] {
	const words = name.trim().split(/\s+/);
	if (words.length < 3 || !words.every((word) => /^\p{Lu}/u.test(word))) return [];
	if (PARTICLES.has(words[words.length - 2].toLowerCase())) return [];
	return [`${words[0]} ${words[words.length - 1]}`];
}

/** The fact's answer and every accepted alias: what no distractor may equal, contain or sit inside. */
export function answerForms(fact: Fact): string[] {
	return [fact.answer.text, ...aliasesOf(fact)];
}

/** True when `candidate` could be mistaken for the answer: equal to it, inside it or containing it. */
export function clashesWithAnswer(candidate: string, fact: Fact): boolean {
	return answerClash(fact)(candidate);
}

/** `clashesWithAnswer` for one fact, its answer forms read once for every candidate. */
function answerClash(fact: Fact): (candidate: string) => boolean {
	const forms = answerForms(fact).map(normalize);
	return (candidate) => {
		const c = normalize(candidate);
		if (c === '') return true;
		return forms.some((f) => c === f || contains(c, f) || contains(f, c));
	};
}

/** The article's own list for a fact (distractors.yaml): its kind and category, or the kind alone. */
function curatedPool(fact: Fact, lists: DistractorLists): string[] {
	const category = placeCategory(fact);
	return (category && lists[`${fact.kind}/${category}`]) || lists[fact.kind] || [];
}

/**
 * Facts drawn from together, with what a draw reads of each: read once when the index is built,
 * as reading facts of many shapes again in every draw made drawing slow.
 */
export interface Pool {
	ids: string[];
	/** Answers as written. */
	texts: string[];
	/** Answers normalized. */
	keys: string[];
	/** Answers' values (numbers). */
	values: (number | undefined)[];
	/** Answers' dates, in parts. */
	dates: (Readonly<DateParts> | undefined)[];
}

/** An article's facts grouped the ways distractors are drawn, built once per bank. */
export interface DistractorIndex {
	/** By `kind/category`, or by kind alone for facts with no category. */
	byKind: Map<string, Pool>;
	/** Number facts by normalized unit. */
	byUnit: Map<string, Pool>;
	/** Facts with a date. */
	dated: Pool;
	/** Normalized answers by kind key, for membership checks. */
	answers: Map<string, Set<string>>;
	/** The article's own lists of wrong options (distractors.yaml). */
	lists: DistractorLists;
}

/** A fact's kind and category (authored, or a country or capital reference data recognises). */
const kindKey = (fact: Fact) => {
	const category = placeCategory(fact);
	return category ? `${fact.kind}/${category}` : fact.kind;
};

/** Groups an article's facts, with its own distractor lists, for drawing distractors. */
export function indexFacts(facts: readonly Fact[], lists: DistractorLists = {}): DistractorIndex {
	const pool = (): Pool => ({ ids: [], texts: [], keys: [], values: [], dates: [] });
	const index: DistractorIndex = {
		byKind: new Map(),
		byUnit: new Map(),
		dated: pool(),
		answers: new Map(),
		lists
	};
	const join = (into: Pool, fact: Fact) => {
		into.ids.push(fact.id);
		into.texts.push(fact.answer.text);
		into.keys.push(normalize(fact.answer.text));
		into.values.push(fact.answer.value);
		into.dates.push(fact.answer.date ? Object.freeze(isoParts(fact.answer.date)) : undefined);
	};
	const add = (map: Map<string, Pool>, key: string, fact: Fact) => {
		if (!map.has(key)) map.set(key, pool());
		join(map.get(key)!, fact);
	};
	for (const fact of facts) {
		// A fact with no category draws from the others with none: a gorge is not offered for a city.
		add(index.byKind, kindKey(fact), fact);
		if (fact.kind === 'number') add(index.byUnit, normalize(fact.answer.unit ?? ''), fact);
		if (fact.answer.date) join(index.dated, fact);
		const key = kindKey(fact);
		if (!index.answers.has(key)) index.answers.set(key, new Set());
		index.answers.get(key)!.add(normalize(fact.answer.text));
	}
	return index;
}

/**
 * Whether `text` is of the fact's kind (and category): an answer of the article, on its list, or
 * in reference data (a country for a country).
 */
export function inKindPool(text: string, fact: Fact, index: DistractorIndex): boolean {
	const key = normalize(text);
	return (
		!!index.answers.get(kindKey(fact))?.has(key) ||
		curatedPool(fact, index.lists).some((entry) => normalize(entry) === key) ||
		inReferencePool(text, fact)
	);
}

/** Most candidates a fact looks at in one pool: keeps building linear in the article's size. */
const SAMPLE = 24;

/**
 * Up to SAMPLE members of a pool other than the fact itself, drawn at random from large pools:
 * their places in the pool, in the order drawn.
 */
function sample(pool: Pool | undefined, fact: Fact, rng: Rng): number[] {
	if (!pool) return [];
	const { ids } = pool;
	if (ids.length <= SAMPLE + 1) return ids.flatMap((id, at) => (id === fact.id ? [] : [at]));
	const picked = new Set<number>();
	for (let tries = 0; picked.size < SAMPLE && tries < SAMPLE * 4; tries++) {
		const at = rng.int(0, ids.length - 1);
		if (ids[at] !== fact.id) picked.add(at);
	}
	return [...picked];
}

/**
 * Other answers of the same kind (and category, when the fact has one) in the same article, and
 * the same normalized.
 */
function articlePool(
	fact: Fact,
	index: DistractorIndex,
	rng: Rng
): { texts: string[]; keys: string[] } {
	const pool = index.byKind.get(kindKey(fact));
	const drawn = sample(pool, fact, rng);
	return { texts: drawn.map((at) => pool!.texts[at]), keys: drawn.map((at) => pool!.keys[at]) };
}

/**
 * The word every wrong option opens on when the answer opens on another ("by" in "by a third",
 * "by a quarter" against "in half"), which marks the answer as the odd one out; else undefined.
 */
export function oddOpening(answer: string, wrong: readonly string[]): string | undefined {
	const first = (text: string) => text.trim().split(/\s+/)[0].toLowerCase();
	const openings = new Set(wrong.map(first));
	if (wrong.length < 2 || openings.size !== 1) return undefined;
	const [shared] = openings;
	return shared === first(answer) ? undefined : shared;
}

/**
 * Whether drawn (not authored) options leave the answer the only one to open differently, so
 * a form asks the fact another way rather than point at its key.
 */
export function drawnOddOpening(answer: string, distractors: readonly Distractor[]): boolean {
	return (
		distractors.some((d) => d.source !== 'authored') &&
		oddOpening(
			answer,
			distractors.map((d) => d.text)
		) !== undefined
	);
}

/**
 * Up to `count` wrong options for a fact, of the answer's kind and scale and written like it:
 * authored ones first, then other answers of the same article, then the article's own list and
 * reference data, or generated values. None equals, contains or sits inside the answer or an
 * alias; none repeats another.
 */
export function distractorsFor(
	fact: Fact,
	index: DistractorIndex,
	rng: Rng,
	count = 3
): Distractor[] {
	const chosen: Distractor[] = [];
	// The chosen options as compared, beside them.
	const keys: string[] = [];
	const clashes = answerClash(fact);
	const accept = (text: string, source: DistractorSource) => {
		if (chosen.length >= count || clashes(text)) return;
		// The last drawn option must not leave the answer the only one to open differently.
		if (
			source !== 'authored' &&
			chosen.length === count - 1 &&
			oddOpening(fact.answer.text, [...chosen.map((d) => d.text), text])
		)
			return;
		const key = normalize(text);
		if (keys.some((k) => k === key || contains(k, key) || contains(key, k))) return;
		chosen.push({ text, source });
		keys.push(key);
	};

	for (const text of shuffle(fact.answer.distractors, rng)) accept(text, 'authored');
	if (chosen.length >= count) return chosen;

	if (fact.kind === 'number') {
		for (const text of numberCandidates(fact, index, rng)) accept(text.text, text.source);
	} else if (fact.kind === 'date' || (fact.answer.date && dateFormatOf(fact.answer.text))) {
		for (const text of dateCandidates(fact, index, rng)) accept(text.text, text.source);
	} else {
		const drawn = articlePool(fact, index, rng);
		for (const text of closeInLength(fact.answer.text, drawn.texts, rng, drawn.keys))
			accept(fitArticle(text, fact.answer.text), 'article');
		for (const text of closeInLength(fact.answer.text, curatedPool(fact, index.lists), rng))
			accept(fitArticle(text, fact.answer.text), 'curated');
		// Nearest first (neighbours, then the subregion, then the region), shuffled within each.
		for (const group of referenceOptions(fact))
			for (const text of shuffle(group, rng)) accept(text, 'reference');
	}
	return chosen;
}

/**
 * Candidates ordered so that those closest in length to the answer come first, ties shuffled;
 * `keys` are the candidates normalized, when known.
 */
function closeInLength(
	answer: string,
	pool: readonly string[],
	rng: Rng,
	keys: readonly string[] = pool.map(normalize)
): string[] {
	const unique = [...new Map(pool.map((text, i) => [keys[i], text])).values()];
	const ratio = (text: string) =>
		Math.max(text.length, answer.length) / Math.max(1, Math.min(text.length, answer.length));
	const near = shuffle(
		unique.filter((text) => ratio(text) <= 2),
		rng
	);
	const far = shuffle(
		unique.filter((text) => ratio(text) > 2),
		rng
	);
	return [...near, ...far];
}

/** Gives a candidate the answer's leading "the" (or takes it away), so form gives nothing away. */
function fitArticle(candidate: string, answer: string): string {
	const answerThe = /^the\s/i.exec(answer);
	const bare = candidate.replace(/^the\s+/i, '');
	if (!answerThe) return bare;
	return `${answerThe[0].trimEnd()} ${bare}`;
}

function numberCandidates(fact: Fact, index: DistractorIndex, rng: Rng): Distractor[] {
	const format = numberFormatOf(fact.answer.text);
	const value = fact.answer.value;
	if (!format || value === undefined || format.shown === 0) return [];
	const scale = value / format.shown;
	const unit = normalize(fact.answer.unit ?? '');
	const percent = /%|percent/.test(fact.answer.text + ' ' + unit);
	const tolerance = fact.answer.tolerance / scale;
	const fits = (shown: number) =>
		shown > 0 &&
		shown !== format.shown &&
		Math.abs(shown - format.shown) > tolerance &&
		(!percent || shown < 100) &&
		Number.isInteger(shown * 10 ** format.decimals);

	const fromArticle: number[] = [];
	const pool = index.byUnit.get(unit);
	for (const at of sample(pool, fact, rng)) {
		const other = pool!.values[at];
		if (other === undefined) continue;
		const shown = other / scale;
		const ratio = shown / format.shown;
		if (ratio >= 0.2 && ratio <= 5 && fits(shown)) fromArticle.push(shown);
	}

	const generated = new Set<number>();
	const sig = significantDigits(format.shown * 10 ** format.decimals);
	if (format.shown <= 12 && format.decimals === 0) {
		for (const step of [-4, -3, -2, -1, 1, 2, 3, 4, 6, 8]) generated.add(format.shown + step);
	} else {
		for (const factor of [0.4, 0.5, 0.6, 0.7, 0.8, 1.25, 1.4, 1.5, 2, 2.5, 3]) {
			const raw = format.shown * factor;
			generated.add(
				percent ? Math.round(raw) : roundSignificant(raw, Math.max(1, Math.min(sig, 2)))
			);
		}
	}
	const below = shuffle(
		[...generated].filter((n) => n < format.shown && fits(n)),
		rng
	);
	const above = shuffle(
		[...generated].filter((n) => n > format.shown && fits(n)),
		rng
	);
	// Interleave smaller and larger values so the answer is neither always the middle nor an edge.
	const mixed: number[] = [];
	const startBelow = rng.int(0, 1) === 0;
	for (let i = 0; i < Math.max(below.length, above.length); i++) {
		const pair = startBelow ? [below[i], above[i]] : [above[i], below[i]];
		for (const n of pair) if (n !== undefined) mixed.push(n);
	}
	return [
		...shuffle(fromArticle, rng).map((shown) => ({
			text: formatNumber(shown, format),
			source: 'article' as const
		})),
		...mixed.map((shown) => ({ text: formatNumber(shown, format), source: 'generated' as const }))
	];
}

/** Shifts of a full date (years, months, days) that stay near it yet are plainly another day. */
const DAY_SHIFTS = [
	[-1, 0, 0],
	[0, -2, 3],
	[0, 1, -5],
	[1, 0, 0],
	[0, 0, 9]
] as const;
/** The same for a day and month with no year: never a shift of the year alone. */
const DAY_OF_YEAR_SHIFTS = [
	[0, -2, 3],
	[0, 1, -5],
	[0, 0, 9],
	[0, 3, 0],
	[0, -1, -7]
] as const;

/**
 * Wrong dates written the way the answer writes its date ("24 May 2021", "the early 1990s",
 * "2013–14"): other dates of the article at the same precision and near it first, then shifted
 * ones. A date with no year ("14 May") is shifted within the year of the fact's date.
 */
function dateCandidates(fact: Fact, index: DistractorIndex, rng: Rng): Distractor[] {
	const read = parseDate(fact.answer.text);
	if (!read) return [];
	const { shape } = read;
	const noYear = shape.format === 'month-day' || shape.format === 'day-month';
	const year = noYear ? Number(fact.answer.date?.slice(0, 4) ?? 2000) : read.parts.year;
	const parts: DateParts = { ...read.parts, year };
	const precision = parts.day !== undefined ? 3 : parts.month !== undefined ? 2 : 1;
	const write = (p: DateParts) => writeDate(p, shape);

	const fromArticle: DateParts[] = [];
	for (const at of sample(index.dated, fact, rng)) {
		const o = index.dated.dates[at]!;
		const near = (years: number) => Math.abs(o.year - year) <= years;
		if (shape.format === 'decade') {
			const decade = Math.floor(o.year / 10) * 10;
			if (decade !== year && near(50)) fromArticle.push({ year: decade });
		} else if (shape.format === 'century') {
			const century = Math.floor((o.year - 1) / 100) * 100 + 1;
			if (century !== year && near(300)) fromArticle.push({ year: century });
		} else if (shape.format === 'year-range') {
			continue;
		} else if (precision === 1 && near(12)) fromArticle.push({ year: o.year });
		else if (noYear && o.day !== undefined) fromArticle.push({ ...o, year });
		else if (isoDate(o).split('-').length === precision && near(3)) fromArticle.push(o);
	}

	const generated: DateParts[] = [];
	const shifted = (y: number, m: number, d: number) => isoParts(shiftDate(isoDate(parts), y, m, d));
	switch (shape.format) {
		case 'decade':
			for (const step of [-3, -2, -1, 1, 2, 3])
				if (year + step * 10 > 0) generated.push({ year: year + step * 10 });
			break;
		case 'century':
			for (const step of [-3, -2, -1, 1, 2])
				if (year + step * 100 > 0 && year + step * 100 < 2100)
					generated.push({ year: year + step * 100 });
			break;
		case 'year-range': {
			// Ranges as long as the answer's; a short one moves clear of it, a long one by a quarter.
			const span = (parts.until ?? year) - year + 1;
			const move = span <= 3 ? span : Math.max(3, Math.round(span / 4));
			for (const step of [-3, -2, -1, 1, 2])
				generated.push({ year: year + step * move, until: (parts.until ?? year) + step * move });
			break;
		}
		default:
			if (precision === 1)
				for (const step of [-3, -2, -1, 1, 2, 3, 4]) generated.push(shifted(step, 0, 0));
			else if (precision === 2)
				for (const step of [-13, -4, -2, 1, 3, 11]) generated.push(shifted(0, step, 0));
			else
				for (const [y, m, d] of noYear ? DAY_OF_YEAR_SHIFTS : DAY_SHIFTS)
					generated.push(shifted(y, m, d));
	}

	// Only dates that read back written exactly like the answer: "2008-09" reads as a range, not
	// a month, and "1999-2002" cannot be cut to two digits like "2008-11".
	const written = JSON.stringify(shape);
	const unique = (list: DateParts[]) =>
		[...new Map(list.map((p) => [write(p), p])).entries()]
			.filter(([text]) => JSON.stringify(parseDate(text)?.shape) === written)
			.map(([, p]) => p);
	return [
		...shuffle(unique(fromArticle), rng).map((p) => ({
			text: write(p),
			source: 'article' as const
		})),
		...shuffle(unique(generated), rng).map((p) => ({
			text: write(p),
			source: 'generated' as const
		}))
	];
}

// Maps, not object literals, so "constructor" and "toString" are not number words.
const UNITS = new Map(
	['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, i + 1])
);
const TEENS = new Map(
	[
		'ten',
		'eleven',
		'twelve',
		'thirteen',
		'fourteen',
		'fifteen',
		'sixteen',
		'seventeen',
		'eighteen',
		'nineteen'
	].map((w, i) => [w, i + 10])
);
const TENS = new Map(
	['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [
		w,
		20 + 10 * i
	])
);
/** Scale words and their powers of ten. */
const SCALES = new Map([
	['thousand', 3],
	['million', 6],
	['billion', 9],
	['trillion', 12]
]);
const NUMBER_WORDS = new Set([
	'zero',
	'hundred',
	...UNITS.keys(),
	...TEENS.keys(),
	...TENS.keys(),
	...SCALES.keys()
]);
// Ordinal words whose cardinal is not the word less "th": "first" is "one", "twelfth" "twelve".
const ORDINAL_WORDS = new Map([
	['first', 'one'],
	['second', 'two'],
	['third', 'three'],
	['fifth', 'five'],
	['eighth', 'eight'],
	['ninth', 'nine'],
	['twelfth', 'twelve']
]);

/** The cardinal word of an ordinal one ("third" → "three", "twentieth" → "twenty"), or undefined. */
function cardinalOf(word: string): string | undefined {
	const irregular = ORDINAL_WORDS.get(word);
	if (irregular) return irregular;
	const cardinal = word.endsWith('ieth')
		? `${word.slice(0, -4)}y`
		: word.endsWith('th')
			? word.slice(0, -2)
			: undefined;
	return cardinal !== undefined && NUMBER_WORDS.has(cardinal) ? cardinal : undefined;
}

const CARDINALS = new Map([...UNITS, ...TEENS, ...TENS].map(([word, n]) => [n, word]));

/** A whole number from 0 to under a trillion in English words: "twenty-one", "four thousand". */
export function numberInWords(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
	if (n === 0) return 'zero';
	const below1000 = (m: number): string[] => {
		const words: string[] = [];
		if (m >= 100) words.push(CARDINALS.get(Math.floor(m / 100))!, 'hundred');
		const rest = m % 100;
		if (rest === 0) return words;
		if (rest < 20 || rest % 10 === 0) words.push(CARDINALS.get(rest)!);
		else words.push(`${CARDINALS.get(rest - (rest % 10))}-${CARDINALS.get(rest % 10)}`);
		return words;
	};
	const words: string[] = [];
	let rest = n;
	for (const [scale, exponent] of [...SCALES].reverse()) {
		const group = Math.floor(rest / 10 ** exponent);
		if (group > 0) words.push(...below1000(group), scale);
		rest %= 10 ** exponent;
	}
	words.push(...below1000(rest));
	return words.join(' ');
}

/** A whole number as an ordinal in words: "first", "twenty-second", "one hundredth". */
export function ordinalInWords(n: number): string {
	const words = numberInWords(n);
	return words.replace(/[a-z]+$/, (last) => {
		for (const [ordinal, cardinal] of ORDINAL_WORDS) if (cardinal === last) return ordinal;
		return last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`;
	});
}

const ORDINAL_RULES = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** The English ordinal suffix of a whole number: "st" for 1 and 21, "th" for 11 and 13. */
export function ordinalSuffix(n: number): string {
	return ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)] ?? 'th';
}

/** The value of a number in words and nothing else ("twenty-two", "four thousand"), or undefined. */
export function parseSpoken(text: string): number | undefined {
	const words = text
		.trim()
		.toLowerCase()
		.split(/[\s-]+/);
	return words.every((word) => NUMBER_WORDS.has(word) || ['a', 'an', 'and'].includes(word))
		? parseWords(words)
		: undefined;
}

/** Whether a word is an ordinal ("3rd", "third", "twenty-first"). */
function isOrdinal(word: string): boolean {
	if (/^\d+(st|nd|rd|th)$/.test(word)) return true;
	const parts = word.split('-');
	return cardinalOf(parts[parts.length - 1]) !== undefined;
}

/** The value of an ordinal ("3rd", "twenty-first", "the 19th"), or undefined. */
export function parseOrdinal(text: string): number | undefined {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/^the\s+/, '');
	const digits = /^(\d+)(st|nd|rd|th)$/.exec(t);
	if (digits) {
		const n = Number(digits[1]);
		return ordinalSuffix(n) === digits[2] ? n : undefined;
	}
	const words = t.split(/[\s-]+/).filter((word) => word !== '');
	const last = words.length > 0 ? cardinalOf(words[words.length - 1]) : undefined;
	if (last === undefined) return undefined;
	return parseWords([...words.slice(0, -1), last]);
}

// Hedges (and "in", for years, "by" for "by half") a learner puts before a number; they do not change its value.
const HEDGES = [
	'about',
	'by',
	'around',
	'approximately',
	'roughly',
	'nearly',
	'almost',
	'some',
	'circa',
	'just',
	'over',
	'under',
	'more than',
	'less than',
	'fewer than',
	'up to',
	'at least',
	'at most',
	'in'
];
const QUALIFIER = new RegExp(`^(?:(?:${HEDGES.join('|')}) |[~≈] ?)`);
// Groupings: "1,000,000.5", "1 000 000" (any space, narrow no-break included), plain "1000.5".
const UNIT_WORD = /^[\p{L}°][\p{L}']*[23²³]?$/u;
const DIGITS = [/^\d{1,3}(?:,\d{3})+(?:\.\d+)?/, /^\d{1,3}(?: \d{3})+(?:\.\d+)?/, /^\d*\.?\d+/];

/** The value of number words ("four thousand", "twenty-two", "a million"), or undefined. */
function parseWords(words: string[]): number | undefined {
	if (words.length === 1 && words[0] === 'zero') return 0;
	let total = 0;
	let group = 0;
	// Within a group below a thousand: what came last, so "five six" and "two twenty" fail.
	let last: 'none' | 'hundred' | 'tens' | 'unit' | 'and' = 'none';
	let hundreds = false;
	let scale = Infinity;
	for (const [index, word] of words.entries()) {
		const unit = UNITS.get(word) ?? TEENS.get(word);
		const tens = TENS.get(word);
		const exponent = SCALES.get(word);
		if ((word === 'a' || word === 'an') && index === 0) {
			if (words[1] !== 'hundred' && !SCALES.has(words[1])) return undefined;
			group = 1;
			last = 'unit';
		} else if (unit !== undefined) {
			// A teen cannot follow tens ("twenty twelve"); a unit can ("twenty-two").
			if (last === 'unit' || (unit >= 10 && last === 'tens')) return undefined;
			group += unit;
			last = 'unit';
		} else if (tens !== undefined) {
			if (last === 'unit' || last === 'tens') return undefined;
			group += tens;
			last = 'tens';
		} else if (word === 'hundred') {
			if (hundreds || group === 0 || last === 'and' || last === 'hundred') return undefined;
			group *= 100;
			hundreds = true;
			last = 'hundred';
		} else if (exponent !== undefined) {
			if (group === 0 || last === 'and' || exponent >= scale) return undefined;
			total += group * 10 ** exponent;
			scale = exponent;
			group = 0;
			hundreds = false;
			last = 'none';
		} else if (word === 'and') {
			if (index === 0 || (last !== 'hundred' && last !== 'none')) return undefined;
			last = 'and';
		} else {
			return undefined;
		}
	}
	if (last === 'and' || (total === 0 && group === 0)) return undefined;
	return total + group;
}

/** Fraction words and their denominators: "a half", "two thirds", "three quarters". */
const DENOMINATORS = new Map([
	...['half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map(
		(w, i) => [w, i + 2] as const
	),
	['halve', 2],
	['fourth', 4]
]);
// Scales written on the number: "4k", "$10m", "1bn"; the unambiguous ones may stand apart ("10 mln").
const SHORTHAND =
	/^(?:(k)|(mln|mn|m)|bln|bn?)(?![\p{L}\p{N}])|^ (?:(mln|mn)|bln|bn)(?![\p{L}\p{N}])/u;
const SYMBOLS = '$€£¥₽';

/** A quantity as a learner wrote it: its value and what it says it counts. */
export interface Quantity {
	value: number;
	/** Words and currency symbols written with the number ("french", "soldiers", "$"), lower-case. */
	unit: string[];
	/** Written as a percentage: "39%", "39 percent". */
	percent: boolean;
	/** Written as a fraction: "1/2", "two thirds". */
	fraction: boolean;
}

/** The denominator a fraction word names ("thirds": 3), or undefined. */
const denominator = (word = '') => DENOMINATORS.get(word.replace(/s$/, ''));

/** A fraction the words start with ("half", "a third", "two-thirds", "3 quarters"), or undefined. */
function readFraction([first, second, ...rest]: string[]): [number, string[]] | undefined {
	const alone = denominator(first);
	if (alone !== undefined) return [1 / alone, second === undefined ? rest : [second, ...rest]];
	const over = denominator(second);
	const numerator = /^an?$/.test(first)
		? 1
		: /^\d+$/.test(first)
			? Number(first)
			: UNITS.get(first);
	return over && numerator ? [numerator / over, rest] : undefined;
}

/**
 * An ordinal and the unit after it ("3rd", "the twenty-first", "third place"), or undefined. "A
 * third" or "two thirds" is a share, read by `readFraction`.
 */
function readOrdinal(text: string, sign: string): Quantity | undefined {
	const words = text.split(' ');
	const at = words.findIndex(isOrdinal);
	if (at < 0 || sign === '-') return undefined;
	const after = words.slice(at + 1);
	const before = words.slice(0, at).filter((word) => word !== 'the');
	if (before.some((word) => !TENS.has(word))) return undefined;
	const value = parseOrdinal(words.slice(0, at + 1).join(' '));
	if (value === undefined || after.some((word) => !UNIT_WORD.test(word) || NUMBER_WORDS.has(word)))
		return undefined;
	return { value, unit: after, percent: false, fraction: false };
}

/** The quantity a learner typed ("1,000", "39 %", "$10m", "two thirds"), or undefined. */
export function readQuantity(text: string): Quantity | undefined {
	let rest = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2212\u2012\u2013]/g, '-')
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/[.!]+$/, '');
	for (let match = QUALIFIER.exec(rest); match; match = QUALIFIER.exec(rest)) {
		rest = rest.slice(match[0].length);
	}
	const sign = /^[-+]/.test(rest) ? rest[0] : '';
	rest = rest.slice(sign.length);
	// A country's letters before its dollar sign ("US$300") only say which dollar.
	rest = rest.replace(/^[a-z]{1,2}(?=\$)/, '');
	const symbol = SYMBOLS.includes(rest[0]) ? rest[0] : undefined;
	if (symbol) rest = rest.slice(1).trimStart();
	const ordinal = readOrdinal(rest, sign);
	if (ordinal) return ordinal;

	// A learner writes a fraction, digits (with an optional scale) or English number words.
	let value: number | undefined;
	let tail: string[];
	const slash = /^(\d+)\/(\d+)(?![\d/])/.exec(rest);
	const words = rest.split(/[ -]+/).filter((word) => word !== '');
	const share = slash ? undefined : readFraction(words);
	const digits = DIGITS.map((pattern) => pattern.exec(rest)).find(Boolean);
	if (slash) {
		value = Number(slash[1]) / Number(slash[2]);
		tail = rest.slice(slash[0].length).split(/[ -]+/);
	} else if (share) {
		[value, tail] = share;
	} else if (digits) {
		rest = rest.slice(digits[0].length);
		const short = SHORTHAND.exec(rest);
		if (short) rest = rest.slice(short[0].length);
		if (rest !== '' && !/^ ?[%$€£¥₽]|^ /.test(rest)) return undefined;
		tail = rest.split(/[ -]+/).filter((word) => word !== '');
		let exponent = short ? (short[1] ? 3 : short[2] || short[3] ? 6 : 9) : 0;
		const scaled = short ? undefined : tail[0] === 'hundred' ? 2 : SCALES.get(tail[0]);
		if (scaled !== undefined) {
			exponent = scaled;
			tail = tail.slice(1);
		}
		// Scaling in the decimal exponent keeps "1.2 million" exactly 1200000.
		value = Number(`${sign}${digits[0].replace(/[, ]/g, '')}e${exponent}`);
	} else {
		let end = 0;
		while (end < words.length && (NUMBER_WORDS.has(words[end]) || isLinkWord(words, end))) end++;
		const spoken = parseWords(words.slice(0, end));
		if (spoken === undefined) return undefined;
		value = sign === '-' ? -spoken : spoken;
		tail = words.slice(end);
	}
	tail = tail.filter((word) => word !== '');
	const percent =
		tail[0] === '%' || tail[0] === 'percent' || (tail[0] === 'per' && tail[1] === 'cent');
	if (percent) tail = tail.slice(tail[0] === 'per' ? 2 : 1);
	// What may follow is a unit in words ("people", "CFA francs"), never a second number.
	const unitWord = /^(?:[\p{L}°][\p{L}']*[23²³]?|[$€£¥₽])$/u;
	if (tail.some((word) => !unitWord.test(word) || NUMBER_WORDS.has(word) || denominator(word)))
		return undefined;
	if (!Number.isFinite(value)) return undefined;
	return {
		value: (slash || share) && sign === '-' ? -value : value,
		unit: symbol ? [symbol, ...tail] : tail,
		percent,
		fraction: !!(slash || share)
	};
}

/** The number a learner typed ("1,000", "39 %", "about 7,000", "four thousand"), or undefined. */
export function parseNumber(text: string): number | undefined {
	return readQuantity(text)?.value;
}

// Where amounts said without a number sit on a scale: enough to put them in order among options,
// never to grade a typed answer.
const VAGUE_AMOUNTS = new Map([
	['a couple', 2],
	['a few', 3],
	['a handful', 5],
	['several', 7],
	['a dozen', 12],
	['dozens', 40],
	['scores', 60],
	['a hundred', 100],
	['hundreds', 300],
	['a thousand', 1_000],
	['thousands', 3_000],
	['tens of thousands', 30_000],
	['hundreds of thousands', 300_000],
	['a million', 1_000_000],
	['millions', 3_000_000],
	['billions', 3_000_000_000]
]);

// Longest first, so "tens of thousands" is read before "thousands" could be.
const VAGUE_PHRASES = [...VAGUE_AMOUNTS.keys()].sort((a, b) => b.length - a.length);

/**
 * Where an amount said in words without a number ("a handful", "dozens", "tens of thousands",
 * optionally followed by "of" and a noun) sits on a scale, or undefined. For ordering options only.
 */
export function vagueAmount(text: string): number | undefined {
	const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
	const phrase = VAGUE_PHRASES.find((key) => words === key || words.startsWith(`${key} `));
	if (!phrase) return undefined;
	const rest = words.slice(phrase.length).trim();
	return rest === '' || /^of\b/.test(rest) || /^\p{L}+$/u.test(rest)
		? VAGUE_AMOUNTS.get(phrase)
		: undefined;
}

/** Whether words[index] is an "a", "an" or "and" inside a spoken number rather than after it. */
function isLinkWord(words: string[], index: number): boolean {
	const word = words[index];
	const next = words[index + 1];
	if (word === 'and') return index > 0 && next !== undefined && NUMBER_WORDS.has(next);
	return (word === 'a' || word === 'an') && index === 0;
}

// Units that exclude one another, each named first as a sentence names it: a learner who states
// one the key does not count is wrong ("euros" for dollars, "soldiers" for civilians).
const KINDS = [
	'percent %',
	'dollars dollar usd $',
	'euros euro eur €',
	'pounds pound gbp sterling £',
	'yen jpy ¥',
	'roubles rouble ruble rub ₽',
	'francs franc cfa fcfa xof chf',
	'yuan cny renminbi',
	'rupees rupee inr',
	'naira ngn',
	'dinars dinar',
	'dirhams dirham',
	'pesos peso',
	'rand zar',
	'shillings shilling',
	'civilians civilian',
	'soldiers soldier troop fighter militant mercenary jihadist rebel insurgent combatant',
	'kilometres kilometre kilometer km',
	'miles mile',
	'metres metre meter m',
	'seconds second',
	'minutes minute',
	'hours hour',
	'days day',
	'weeks week',
	'months month',
	'years year',
	'decades decade',
	'centuries century'
].map((kind) => kind.split(' '));

const singular = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The kind of unit the words name ("dollars" for "US dollars" or "$") and the word that names it
 * (the kind's own name for a symbol such as "$" or "%"), or undefined when they name none known.
 */
export function unitKind(words: readonly string[]): { kind: string; word: string } | undefined {
	for (const word of words) {
		const kind = KINDS.find((names) => names.some((name) => singular(name) === singular(word)));
		if (kind) return { kind: kind[0], word: /^\p{L}/u.test(word) ? word : kind[0] };
	}
	return undefined;
}

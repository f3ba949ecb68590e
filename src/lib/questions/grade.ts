import type {
	ClientQuestion,
	ChoiceQuestion,
	MatchQuestion,
	NumericQuestion,
	OrderQuestion,
	Response,
	TrueFalseQuestion,
	TypedQuestion,
	Verdict
} from './types.ts';

/** A question as the grader needs it: selection data (tags, kinds, sections) may be absent. */
type Lean<Q> = Omit<Q, 'tags' | 'kinds' | 'sections'>;

// ---------------------------------------------------------------------------------------------
// Normalizing text
// ---------------------------------------------------------------------------------------------

const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les']);
// Letters NFKD leaves whole but a learner on an English keyboard types as plain letters.
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };
// Straight, curly and typographic quotes and apostrophes, all read as one apostrophe.
const QUOTES = /['‘’‚‛′″`´ʼ"“”„‟«»‹›]/gu;

/** Lower-case, accents stripped, quotes unified; repeated because case mapping can expose marks. */
function foldLetters(text: string): string {
	let folded = text.replace(QUOTES, "'");
	for (let round = 0; round < 8; round++) {
		const next = folded
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[ßæœøłđ]/gu, (letter) => FOLDED[letter])
			.replace(QUOTES, "'");
		if (next === folded) break;
		folded = next;
	}
	return folded;
}

/** The words of a folded text, apostrophes still inside them (so "l'" can be seen). */
function wordsOf(text: string): string[] {
	return foldLetters(text)
		.replace(/[^\p{L}\p{N}']+/gu, ' ')
		.split(' ')
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter((word) => word !== '');
}

/** The words after one leading article, or undefined when there is none to drop. */
function withoutArticle(words: string[]): string[] | undefined {
	const [first, ...rest] = words;
	if (first === undefined) return undefined;
	if (ARTICLES.has(first) && rest.length > 0) return rest;
	if (/^l'[\p{L}\p{N}]/u.test(first)) return [first.slice(2), ...rest];
	return undefined;
}

function joinWords(words: string[]): string {
	return words
		.map((word) => word.replace(/'/g, ''))
		.filter((word) => word !== '')
		.join(' ');
}

function normalizeOnce(text: string): string {
	const words = wordsOf(text);
	const rest = withoutArticle(words);
	// One article at most, and none when another follows: "La La Land" stays whole.
	return joinWords(rest !== undefined && withoutArticle(rest) === undefined ? rest : words);
}

// Building a bank normalizes the same few hundred strings thousands of times.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Text as compared: accents, case, quotes, punctuation and one leading article dropped. */
export function normalize(text: string): string {
	const known = cache.get(text);
	if (known !== undefined) return known;
	if (cache.size >= CACHE_LIMIT) cache.clear();
	const normalized = normalizeFully(text);
	cache.set(text, normalized);
	return normalized;
}

function normalizeFully(text: string): string {
	let normalized = normalizeOnce(text);
	// A fixed point, so normalize(normalize(x)) === normalize(x) even for odd inputs like "the l'x".
	for (let round = 0; round < 8; round++) {
		const next = normalizeOnce(normalized);
		if (next === normalized) break;
		normalized = next;
	}
	return normalized;
}

/** Whether two answers are the same once normalized. */
export function sameAnswer(a: string, b: string): boolean {
	return normalize(a) === normalize(b);
}

/** Whether the normalized needle appears in the haystack as whole words. */
export function contains(haystack: string, needle: string): boolean {
	const words = normalize(needle);
	if (words === '') return false;
	// The haystack keeps its own leading article, so "the" can still be found in "The coast".
	return ` ${joinWords(wordsOf(haystack))} `.includes(` ${words} `);
}

// ---------------------------------------------------------------------------------------------
// Distance and typo budget
// ---------------------------------------------------------------------------------------------

/** Edits (insert, delete, replace, swap adjacent) between two answers, once normalized. */
export function editDistance(a: string, b: string): number {
	const s = Array.from(normalize(a));
	const t = Array.from(normalize(b));
	// Unrestricted Damerau–Levenshtein (Lowrance–Wagner): a true metric, unlike restricted OSA.
	const far = s.length + t.length;
	const d: number[][] = Array.from({ length: s.length + 2 }, () => new Array(t.length + 2).fill(0));
	d[0][0] = far;
	for (let i = 0; i <= s.length; i++) {
		d[i + 1][0] = far;
		d[i + 1][1] = i;
	}
	for (let j = 0; j <= t.length; j++) {
		d[0][j + 1] = far;
		d[1][j + 1] = j;
	}
	const lastRow = new Map<string, number>();
	for (let i = 1; i <= s.length; i++) {
		let lastColumn = 0;
		for (let j = 1; j <= t.length; j++) {
			const k = lastRow.get(t[j - 1]) ?? 0;
			const l = lastColumn;
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			if (cost === 0) lastColumn = j;
			d[i + 1][j + 1] = Math.min(
				d[i][j] + cost,
				d[i + 1][j] + 1,
				d[i][j + 1] + 1,
				d[k][l] + (i - k - 1) + 1 + (j - l - 1)
			);
		}
		lastRow.set(s[i - 1], i);
	}
	return d[s.length + 1][t.length + 1];
}

/** How many edits a typed answer may be off by: scaled to length, never any for digits. */
export function typoAllowance(answer: string): number {
	const normalized = normalize(answer);
	if (/\p{N}/u.test(normalized)) return 0;
	const length = Array.from(normalized).length;
	if (length <= 4) return 0;
	if (length <= 8) return 1;
	if (length <= 15) return 2;
	return 3;
}

// ---------------------------------------------------------------------------------------------
// Numbers as learners type them
// ---------------------------------------------------------------------------------------------

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
// Hedges (and "in", for years) a learner puts before a number; they do not change its value.
const HEDGES = [
	'about',
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

/** The number a learner typed ("1,000", "39 %", "about 7,000", "four thousand"), or undefined. */
export function parseNumber(text: string): number | undefined {
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
	rest = rest.slice(sign.length).replace(/^[$€£¥] ?/, '');

	// A learner writes either digits (with an optional scale word) or English number words.
	let mantissa: string | undefined;
	for (const pattern of DIGITS) {
		const match = pattern.exec(rest);
		if (match) {
			mantissa = match[0].replace(/[, ]/g, '');
			rest = rest.slice(match[0].length);
			break;
		}
	}
	let value: number | undefined;
	let tail: string[];
	if (mantissa !== undefined) {
		if (rest !== '' && !/^ ?%|^ /.test(rest)) return undefined;
		tail = rest.split(/[ -]+/).filter((word) => word !== '');
		let exponent = 0;
		const scaled = tail[0] === 'hundred' ? 2 : SCALES.get(tail[0]);
		if (scaled !== undefined) {
			exponent = scaled;
			tail = tail.slice(1);
		}
		// Scaling in the decimal exponent keeps "1.2 million" exactly 1200000.
		value = Number(`${sign}${mantissa}e${exponent}`);
	} else {
		const words = rest.split(/[ -]+/).filter((word) => word !== '');
		let end = 0;
		while (end < words.length && (NUMBER_WORDS.has(words[end]) || isLinkWord(words, end))) end++;
		const spoken = parseWords(words.slice(0, end));
		if (spoken === undefined) return undefined;
		value = sign === '-' ? -spoken : spoken;
		tail = words.slice(end);
	}
	if (tail[0] === '%' || tail[0] === 'percent') tail = tail.slice(1);
	else if (tail[0] === 'per' && tail[1] === 'cent') tail = tail.slice(2);
	// What may follow is a unit in words ("people", "CFA francs"), never a second number.
	const unitWord = /^[\p{L}][\p{L}']*$/u;
	if (tail.some((word) => !unitWord.test(word) || NUMBER_WORDS.has(word))) return undefined;
	return Number.isFinite(value) ? value : undefined;
}

/** Whether words[index] is an "a", "an" or "and" inside a spoken number rather than after it. */
function isLinkWord(words: string[], index: number): boolean {
	const word = words[index];
	const next = words[index + 1];
	if (word === 'and') return index > 0 && next !== undefined && NUMBER_WORDS.has(next);
	return (word === 'a' || word === 'an') && index === 0;
}

// ---------------------------------------------------------------------------------------------
// Grading
// ---------------------------------------------------------------------------------------------

/** A full stop after the text unless it already ends a sentence. */
function sentence(text: string): string {
	return /[.!?…]["'”’»)]*$/.test(text) ? text : `${text}.`;
}

function verdict(correct: boolean, expected: string, feedback: string, score?: number): Verdict {
	return { correct, score: score ?? (correct ? 1 : 0), expected, feedback: sentence(feedback) };
}

function accepted(match: Verdict['match'], expected: string, feedback: string): Verdict {
	return { ...verdict(true, expected, feedback), match };
}

/** The right answer as the article words it, for any question. */
function expectedOf(question: ClientQuestion): string {
	switch (question.form) {
		case 'choice':
			return question.options[question.answer] ?? '';
		case 'true-false':
			return question.answer ? 'True' : 'False';
		case 'typed':
		case 'numeric':
			return question.answer.text;
		case 'order': {
			const labels = new Map(question.items.map((item) => [item.fact, item.label]));
			return question.answer.map((fact) => labels.get(fact) ?? fact).join(' → ');
		}
		case 'match':
			return question.left
				.map((left, i) => `${left} → ${question.right[question.answer[i]] ?? ''}`)
				.join('; ');
	}
}

function gradeChoice(question: Lean<ChoiceQuestion>, option: unknown): Verdict {
	const expected = expectedOf(question);
	if (option === question.answer) return accepted('exact', expected, 'Right.');
	return verdict(false, expected, `Not quite: the answer is ${expected}`);
}

function gradeTrueFalse(question: Lean<TrueFalseQuestion>, value: unknown): Verdict {
	const expected = expectedOf(question);
	const correct = value === question.answer;
	const { swap } = question;
	if (!question.answer && swap) {
		const says = `the article says ${swap.from}, not ${swap.to}`;
		return correct
			? accepted('exact', expected, `Right: ${says}`)
			: verdict(false, expected, `False: ${says}`);
	}
	if (correct) return accepted('exact', expected, 'Right.');
	return verdict(
		false,
		expected,
		question.answer ? 'It is true: the article says so.' : 'False: the article does not say so.'
	);
}

function gradeTyped(question: Lean<TypedQuestion>, text: unknown): Verdict {
	const { answer } = question;
	const typed = typeof text === 'string' ? text.trim() : '';
	if (typed === '')
		return verdict(false, answer.text, `No answer given; the answer is ${answer.text}`);
	const input = normalize(typed);
	const candidates = [answer.text, ...answer.aliases];
	const [mainForm, ...aliasForms] = candidates.map(normalize);
	// An input that normalizes to nothing ("?!") matches nothing, whatever the answer's text.
	if (input !== '' && input === mainForm) return accepted('exact', answer.text, 'Right.');
	if (input !== '' && aliasForms.includes(input)) {
		return accepted('alias', answer.text, `Accepted: ${typed}; the article writes ${answer.text}`);
	}
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const allowance = typoAllowance(candidate);
		// A digit is never a typo of a letter: "Bamak0" is not Bamako.
		if (allowance === 0 || (/\d/.test(input) && !/\d/.test(normalize(candidate)))) continue;
		const distance = editDistance(input, candidate);
		if (distance <= allowance && (best === undefined || distance < best.distance)) {
			best = { candidate, distance };
		}
	}
	if (best) {
		return accepted(
			'typo',
			answer.text,
			`Accepted as ${answer.text} (check the spelling: ${best.candidate}).`
		);
	}
	return verdict(false, answer.text, `Not quite: the answer is ${answer.text}`);
}

/** The article's number with its unit, unless the text already carries it. */
function withUnit(text: string, unit: string | undefined): string {
	if (unit === undefined || unit.trim() === '') return text;
	if (text.toLowerCase().includes(unit.toLowerCase()) || contains(text, unit)) return text;
	return /^\p{L}/u.test(unit) ? `${text} ${unit}` : `${text}${unit}`;
}

function gradeNumeric(question: Lean<NumericQuestion>, text: unknown): Verdict {
	const { answer } = question;
	const typed = typeof text === 'string' ? text.trim() : '';
	if (typed === '')
		return verdict(false, answer.text, `No answer given; the answer is ${answer.text}`);
	const input = normalize(typed);
	const value = parseNumber(typed);
	// Normalizing drops signs and decimal points, so words only match when their numbers agree too.
	const sameWording = (candidate: string): boolean =>
		input !== '' && input === normalize(candidate) && value === parseNumber(candidate);
	if (sameWording(answer.text)) return accepted('exact', answer.text, 'Right.');
	if (answer.aliases.some(sameWording)) {
		return accepted('alias', answer.text, `Accepted: ${typed}; the article writes ${answer.text}`);
	}
	if (value === undefined) {
		return verdict(false, answer.text, `Type a number, such as ${answer.text}`);
	}
	const wrong = verdict(
		false,
		answer.text,
		`Not quite: the article says ${withUnit(answer.text, answer.unit)}`
	);
	if (answer.year) return value === answer.value ? accepted('exact', answer.text, 'Right.') : wrong;
	const difference = Math.abs(value - answer.value);
	// Room for binary rounding only: 0.1 + 0.2 is within a tolerance of 0.3 ± 0.
	const rounding = 1e-9 * Math.max(1, Math.abs(answer.value));
	if (difference <= rounding) return accepted('exact', answer.text, 'Right.');
	const tolerance = Number.isFinite(answer.tolerance) ? Math.max(0, answer.tolerance) : 0;
	if (difference <= tolerance + rounding) {
		return accepted('tolerance', answer.text, `Accepted: the article says ${answer.text}`);
	}
	return wrong;
}

function gradeOrder(question: Lean<OrderQuestion>, order: unknown): Verdict {
	const expected = expectedOf(question);
	const given: unknown[] = Array.isArray(order) ? order : [];
	const { answer } = question;
	const exact = given.length === answer.length && answer.every((fact, i) => given[i] === fact);
	if (exact) return accepted('exact', expected, 'Right.');
	// Position of each answer item placed exactly once; duplicated and missing items have none.
	const counts = new Map<unknown, number>();
	for (const fact of given) counts.set(fact, (counts.get(fact) ?? 0) + 1);
	const positions = answer.map((fact) => (counts.get(fact) === 1 ? given.indexOf(fact) : -1));
	// Unknown ids are items too, and misplaced ones: they add pairs that cannot be right.
	const known = new Set<unknown>(answer);
	const unknown = [...counts.keys()].filter((fact) => !known.has(fact)).length;
	const items = answer.length + unknown;
	const pairs = (items * (items - 1)) / 2;
	let concordant = 0;
	for (let i = 0; i < answer.length; i++) {
		for (let j = i + 1; j < answer.length; j++) {
			if (positions[i] >= 0 && positions[j] >= 0 && positions[i] < positions[j]) concordant++;
		}
	}
	const placed = answer.filter((fact, i) => given[i] === fact).length;
	// Extra entries are places too, so a list with an intruder never reads "4 of 4".
	const places = Math.max(answer.length, given.length);
	const score = pairs === 0 ? 0 : concordant / pairs;
	return verdict(
		false,
		expected,
		`${placed} of ${places} in the right place; the right order is ${expected}`,
		score
	);
}

function gradeMatch(question: Lean<MatchQuestion>, pairs: unknown): Verdict {
	const expected = expectedOf(question);
	const given: unknown[] = Array.isArray(pairs) ? pairs : [];
	const total = question.answer.length;
	const right = question.answer.filter((index, i) => given[i] === index).length;
	if (right === total) return accepted('exact', expected, 'Right.');
	return verdict(false, expected, `${right} of ${total} pairs right.`, right / total);
}

/** Grades any response against its question; a response of another form is wrong, never thrown. */
export function grade(question: ClientQuestion, response: Response): Verdict {
	const expected = expectedOf(question);
	if (response?.form !== question.form) {
		return verdict(false, expected, 'That answer does not fit this question.');
	}
	// Fields are read as unknown: responses come from storage and URLs, not only from the UI.
	const given: Record<string, unknown> = response;
	switch (question.form) {
		case 'choice':
			return gradeChoice(question, given.option);
		case 'true-false':
			return gradeTrueFalse(question, given.value);
		case 'typed':
			return gradeTyped(question, given.text);
		case 'numeric':
			return gradeNumeric(question, given.text);
		case 'order':
			return gradeOrder(question, given.order);
		case 'match':
			return gradeMatch(question, given.pairs);
	}
}

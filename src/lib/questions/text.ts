// Text as answers are compared: case, accents, quotes, punctuation and one leading article folded.

const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les']);
// Letters NFKD leaves whole but a learner on an English keyboard types as plain letters.
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };
// Straight, curly and typographic quotes and apostrophes, all read as one apostrophe.
const QUOTES = /['‘’‚‛′″`´ʼ"“”„‟«»‹›]/gu;
// Text of ASCII characters alone.
const ASCII = /^\p{ASCII}*$/u;

/** Lower-case, accents stripped, quotes unified; repeated because case mapping can expose marks. */
function foldLetters(text: string): string {
	let folded = text.replace(QUOTES, "'");
	// Plain ASCII has no accents, marks or letters to fold: lower case is all the loop would do.
	if (ASCII.test(folded)) return folded.toLowerCase();
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

// Initials written with dots ("U.S.S.R.", "c.a.r") or as spaced capitals ("U S S R").
const INITIALS = /(?<![\p{L}\p{N}])(?:\p{L}(?:\.\p{L})+\.?|\p{Lu}(?: \p{Lu})+)(?![\p{L}\p{N}])/gu;

// What any initials hold, found faster than the initials themselves: most texts have none.
const MAYBE_INITIALS = /\.\p{L}|\p{Lu} \p{Lu}/u;

// A run of letters, digits and apostrophes, without the apostrophes at its ends.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}']*[\p{L}\p{N}])?/gu;
// The same in folded ASCII text, which has no other letters or digits and is read faster.
const ASCII_WORD = /[a-z0-9](?:[a-z0-9']*[a-z0-9])?/g;

/** The words of a folded text, initials joined, apostrophes still inside them (so "l'" can be seen). */
function wordsOf(text: string): string[] {
	const joined = MAYBE_INITIALS.test(text)
		? text.replace(INITIALS, (initials) => initials.replace(/[. ]/g, ''))
		: text;
	const folded = foldLetters(joined);
	return folded.match(ASCII.test(folded) ? ASCII_WORD : WORD) ?? [];
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

/**
 * `read` remembered by its text, for up to 50,000 texts (then forgotten all at once): building a
 * bank asks the same few thousand strings the same questions many times over.
 */
export function memoized<T>(read: (text: string) => T): (text: string) => T {
	const known = new Map<string, T>();
	return (text) => {
		if (known.has(text)) return known.get(text) as T;
		if (known.size >= 50_000) known.clear();
		const value = read(text);
		known.set(text, value);
		return value;
	};
}

/** Text as compared: accents, case, quotes, punctuation and one leading article dropped. */
export const normalize: (text: string) => string = memoized(normalizeFully);

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
	return searchable(haystack).has(needle);
}

/** A text's words as `contains` matches them: folded, without punctuation. */
export function wordList(text: string): string[] {
	return joinWords(wordsOf(text)).split(' ').filter(Boolean);
}

const withoutPossessive = (word: string) => word.replace(/'s$/u, '');

/**
 * A text's words as `wordList` gives them, then again with possessives read as their names
 * ("napoleon's": "napoleon") when it has any: its words read once for both.
 */
export function wordLists(text: string): string[][] {
	const words = wordsOf(text);
	// With no apostrophe, `wordList` keeps the words as they are and there is no possessive.
	if (!words.some((word) => word.includes("'"))) return [words];
	return [
		joinWords(words).split(' ').filter(Boolean),
		joinWords(words.map(withoutPossessive)).split(' ').filter(Boolean)
	];
}

/** A text prepared for `contains`: whole words, and whole words with possessives read as names. */
export interface Searchable {
	has(needle: string): boolean;
}

/** A text prepared once for many `contains` questions, as a check over a whole bank asks. */
export const searchable: (haystack: string) => Searchable = memoized(prepare);

function prepare(haystack: string): Searchable {
	// The haystack keeps its own leading article, so "the" can still be found in "The coast".
	const words = wordsOf(haystack);
	const text = ` ${joinWords(words)} `;
	// A name stays findable in its possessive: "Napoleon's army" names Napoleon.
	const bare = ` ${joinWords(words.map(withoutPossessive))} `;
	const possessive = bare !== text;
	return {
		has(needle) {
			const found = normalize(needle);
			if (found === '') return false;
			const word = ` ${found} `;
			return text.includes(word) || (possessive && bare.includes(word));
		}
	};
}

// Words before an answer that only place it ("to Lisbon", "in the Alps").
const PLACING = /^(?:in|at|to|into|from|towards?) (?=.)/;
// Titles and ranks before a name ("Col.", "President"), and words that may open one ("Defence Minister").
const TITLES = new Set(
	(
		'mr mrs ms miss mme dr prof sir dame lord lady king queen prince princess emperor sheikh imam ' +
		'president pres minister premier chancellor secretary senator governor mayor ambassador ' +
		'general gen lieutenant lt colonel col major maj captain capt sergeant sgt corporal cpl ' +
		'commander cmdr admiral adm marshal brigadier brig commandant'
	).split(' ')
);
const TITLE_OPENERS = new Set(
	'vice deputy prime former acting interim transitional defence defense foreign interior field'.split(
		' '
	)
);

/**
 * An answer as compared once the words before it that only place it or name a rank are gone:
 * "to the Alps" is "alps", "Lt. Col. Jane Doe" is "jane doe". Normalized.
 */
export function bareAnswer(text: string): string {
	const words = normalize(normalize(text).replace(PLACING, '')).split(' ');
	let cut = 0;
	// Up to the last title of a run of titles and openers, leaving at least one word.
	for (let i = 0; i < words.length - 1; i++) {
		if (TITLES.has(words[i])) cut = i + 1;
		else if (!TITLE_OPENERS.has(words[i])) break;
	}
	return words.slice(cut).join(' ');
}

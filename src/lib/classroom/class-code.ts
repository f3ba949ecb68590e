import crc8 from 'crc/calculators/crc8';
import crc32 from 'crc/calculators/crc32';
import { QUESTION_FORMS, type QuestionForm } from '../content/kinds.ts';
import type { QuizOrder } from '../questions/quiz.ts';
import { seedFrom } from '../questions/random.ts';
import { fromBase32, group, toBase32 } from './base32.ts';

/** Question counts a class quiz can have. */
export const CLASS_COUNTS = [5, 10, 15, 20, 25, 30, 40, 50] as const;
/** Seconds per question a class quiz can give; 0 means no limit. */
export const CLASS_TIMES = [0, 10, 20, 30, 45, 60, 90, 120] as const;
/** How many different quizzes one deck and settings can give: the seed's range. */
export const CLASS_SEEDS = 256;

/** What a class code carries: everyone who opens it gets the same quiz. */
export interface ClassQuiz {
	deck: string;
	seed: number;
	count: (typeof CLASS_COUNTS)[number];
	/** Forms to draw from; empty for every form. */
	forms: QuestionForm[];
	seconds: (typeof CLASS_TIMES)[number];
	order: QuizOrder;
}

/**
 * The layouts of a code's 32 bits, newest first: format 1 gives each of the seven forms a bit and
 * the seed 8 bits; format 0, from before the cloze form, had six form bits and a 9-bit seed.
 */
const LAYOUTS = {
	1: { seed: 8, forms: 7 },
	0: { seed: 9, forms: 6 }
} as const;
const FORMAT = 1;
const BYTES = 5;

/** A deck as class codes name it: its key, the edition of its questions and its tag among all decks. */
export interface CodedDeck {
	key: string;
	/** `deckEdition` of the deck's questions: a code made for other questions is outdated. */
	edition: string;
	/** Its 9-bit tag among all decks (`deckTags`, worked out at build): what a code carries. */
	tag: number;
}

/** What a deck's tag is worked out from. */
type UntaggedDeck = Omit<CodedDeck, 'tag'>;

/**
 * The edition of a deck's questions, as served in its JSON file: any change to what students
 * see or are graded on gives a new edition, so codes made before it are refused as outdated.
 */
export function deckEdition(questions: readonly unknown[]): string {
	return (crc32(new TextEncoder().encode(JSON.stringify(questions))) >>> 0).toString(36);
}

/** The deck's first choice of 9-bit tag in a code: a hash of its key and edition. */
export function deckTag(deck: UntaggedDeck): number {
	return seedFrom(`factdeck ${deck.key} ${deck.edition}`) >>> 23;
}

const TAGS = 2 ** 9;

/**
 * Every deck's tag among these decks, each unique: its first choice when no other deck wants it;
 * decks that want the same one take it in key order, the later moving to the next free tag. So a
 * deck's tag changes only when another deck comes to want it.
 */
export function deckTags(decks: readonly UntaggedDeck[]): Map<string, number> {
	const wanted = new Map<number, UntaggedDeck[]>();
	for (const deck of decks) {
		const tag = deckTag(deck);
		wanted.set(tag, [...(wanted.get(tag) ?? []), deck]);
	}
	const tags = new Map<string, number>();
	const taken = new Set<number>();
	for (const [tag, [deck, ...others]] of wanted)
		if (others.length === 0) {
			tags.set(deck.key, tag);
			taken.add(tag);
		}
	const contested = decks
		.filter((deck) => !tags.has(deck.key))
		.sort((a, b) => a.key.localeCompare(b.key));
	for (const deck of contested) {
		let tag = deckTag(deck);
		while (taken.has(tag)) tag = (tag + 1) % TAGS;
		tags.set(deck.key, tag);
		taken.add(tag);
	}
	return tags;
}

/** A deck as class pages list them: where it is, its names, and what its class codes carry. */
export interface ClassDeck extends CodedDeck {
	article: string;
	id: string;
	title: string;
	/** The deck's title with its article's name, as every class page shows it. */
	name: string;
}

/** Every deck with its tag among them all. */
export function taggedDecks<D extends UntaggedDeck>(decks: readonly D[]): (D & CodedDeck)[] {
	const tags = deckTags(decks);
	return decks.map((deck) => ({ ...deck, tag: tags.get(deck.key)! }));
}

/**
 * Writes a class quiz as an 8-character code, `ABCD-EFGH`: 32 bits of settings (format, deck tag,
 * seed, count, forms, time, order) and a CRC-8, which catches any single mistyped character.
 * `tag` is the deck's among all decks (`taggedDecks`).
 */
export function encodeClassCode(quiz: ClassQuiz, tag: number): string {
	const forms = QUESTION_FORMS.reduce(
		(mask, form, i) => (quiz.forms.includes(form) ? mask | (1 << i) : mask),
		0
	);
	const layout = LAYOUTS[FORMAT];
	const fields: [number, number][] = [
		[FORMAT, 1],
		[tag, 9],
		[quiz.seed % CLASS_SEEDS, layout.seed],
		[CLASS_COUNTS.indexOf(quiz.count), 3],
		[forms, layout.forms],
		[CLASS_TIMES.indexOf(quiz.seconds), 3],
		[quiz.order === 'article' ? 1 : 0, 1]
	];
	let value = 0;
	for (const [field, width] of fields) value = value * 2 ** width + field;
	const bytes = new Uint8Array(BYTES);
	for (let i = 3; i >= 0; i--) {
		bytes[i] = value & 0xff;
		value = Math.floor(value / 256);
	}
	bytes[4] = crc8(bytes.subarray(0, 4));
	return group(toBase32(bytes));
}

/**
 * Reads a class code against the decks this app has, in their present editions. Every way a
 * code can be wrong gets a sentence for the learner: mistyped, or for a
 * deck (or an edition of its questions) not here.
 */
export function decodeClassCode(
	text: string,
	decks: readonly Pick<CodedDeck, 'key' | 'tag'>[]
): { quiz: ClassQuiz; code: string } | { error: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { error: 'Type the class code your teacher gave you.' };
	if (trimmed.length > 40) return { error: 'That is not a class code: it is far too long.' };
	const bytes = fromBase32(trimmed, BYTES);
	if (!bytes)
		return {
			error: 'That is not a class code: a code has 8 letters and digits, like ABCD-1234.'
		};
	if (crc8(bytes.subarray(0, 4)) !== bytes[4])
		return { error: 'That code has a mistake in it: check each character with your teacher.' };
	let value = 0;
	for (let i = 0; i < 4; i++) value = value * 256 + bytes[i];
	const layout = LAYOUTS[bytes[0] >> 7 === 1 ? 1 : 0];
	const take = (width: number) => {
		const field = value % 2 ** width;
		value = Math.floor(value / 2 ** width);
		return field;
	};
	const order = take(1);
	const seconds = CLASS_TIMES[take(3)];
	const formMask = take(layout.forms);
	const count = CLASS_COUNTS[take(3)];
	const seed = take(layout.seed);
	const tag = take(9);
	const matching = decks.filter((deck) => deck.tag === tag).map((deck) => deck.key);
	if (matching.length !== 1)
		return {
			error:
				'That code is for a deck this version of factdeck does not have: it may be outdated. Ask your teacher for a new code.'
		};
	// A code from before a form existed never asks it, even when it allowed every form it knew.
	const known = QUESTION_FORMS.slice(0, layout.forms);
	const picked = known.filter((_, i) => formMask & (1 << i));
	const forms = picked.length === 0 && known.length < QUESTION_FORMS.length ? [...known] : picked;
	return {
		quiz: {
			deck: matching[0],
			seed,
			count,
			forms,
			seconds,
			order: order === 1 ? 'article' : 'random'
		},
		code: group(toBase32(bytes))
	};
}

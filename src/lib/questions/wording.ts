// Rules on a question's wording that the quality checks apply: runs of the article's words,
// initials that spell an acronym, content words a stem shares with its key, cue words.
import { normalize } from './text.ts';

/** The shortest run of the article's words that counts as copying its wording. */
export const COPIED_RUN = 7;

const STOP_WORDS = new Set(
	(
		'a an and are as at be been but by for from had has have he her his in into is it its of on ' +
		'or she so than that the their them they this to was were which who whom with after before ' +
		'about over under between during what when where why how did does do not one two three ' +
		'said says according article'
	).split(' ')
);

/** The first run of `COPIED_RUN` or more consecutive words that `text` shares with `source`. */
export function copiedRun(text: string, source: string): string | undefined {
	const words = normalize(text).split(' ').filter(Boolean);
	if (words.length < COPIED_RUN) return undefined;
	const haystack = ` ${normalize(source)} `;
	for (let i = 0; i + COPIED_RUN <= words.length; i++) {
		const run = words.slice(i, i + COPIED_RUN).join(' ');
		if (haystack.includes(` ${run} `)) return run;
	}
	return undefined;
}

/** Whether a token is an acronym: two to seven capitals, dotted or not ("WHO", "U.S."). */
export function isAcronym(token: string): boolean {
	return /^(?:\p{Lu}\.?){2,7}$/u.test(token.trim());
}

/** The acronyms a text holds, undotted and upper-case. */
export function acronymsIn(text: string): string[] {
	return (text.match(/(?:\p{Lu}\.?){2,7}/gu) ?? [])
		.filter((token) => isAcronym(token) && /^\p{Lu}/u.test(token))
		.map((token) => token.replace(/\./g, ''))
		.filter((token) => token.length >= 2);
}

/** The initials a name spells, with and without its small words ("World Health Organization" → WHO; "Bank of the Republic" → BR, BOTR). */
export function initialsOf(name: string): string[] {
	const words = name.split(/[\s-]+/u).filter((word) => /^\p{L}/u.test(word));
	if (words.length < 2) return [];
	const all = words.map((word) => word[0].toUpperCase()).join('');
	const capitals = words
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0])
		.join('');
	return [...new Set([all, capitals].filter((initials) => initials.length >= 2))];
}

/** Whether an acronym is spelled, or begun, by a name's initials ("NATO" by "North Atlantic Treaty Organization"). */
export function spells(acronym: string, name: string): boolean {
	return initialsOf(name).some(
		(initials) => initials === acronym || (initials.length >= 2 && acronym.startsWith(initials))
	);
}

/** A text's content words, folded, with a crude stem so "separatist" meets "separatists". */
export function contentWords(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(' ')
			.filter((word) => word.length >= 4 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
			.map(stem)
	);
}

function stem(word: string): string {
	return word.replace(/(?:ies|es|s|ed|ing|ian|ians|ese|ish)$/u, '').slice(0, 8);
}

/** Negative words that a test-wise reader takes as a cue, in a stem. */
export const NEGATIVE = /\b(?:not|except|never|none|neither|nor)\b|n['’]t\b/iu;
/** Absolute terms, which make a true/false statement's answer guessable. */
export const ABSOLUTE = /\b(?:always|never|all|none|nobody|nothing|entirely|completely|every)\b/iu;

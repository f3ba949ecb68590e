import { normalize } from './text.ts';

/** Edits (insert, delete, replace, swap adjacent) between two answers, once normalized. */
export function editDistance(a: string, b: string): number {
	const s = Array.from(normalize(a));
	const t = Array.from(normalize(b));
	// Unrestricted Damerau–Levenshtein (Lowrance–Wagner): a true metric, unlike restricted OSA.
	const far = s.length + t.length;
	const d: number[][] = Array.from({ length: s.length + 2 }, () =>
		new Array<number>(t.length + 2).fill(0)
	);
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

/**
 * The edits by which typed text misspells a candidate, or undefined when it is no typo: beyond
 * the typo budget, a digit for a letter, or a word dropped or added (two words run together or
 * one split in two are typos) or an acronym among the words changed ("EU" for "UN").
 */
export function typoDistance(typed: string, candidate: string): number | undefined {
	const input = normalize(typed);
	const key = normalize(candidate);
	const allowance = typoAllowance(candidate);
	// A digit is never a typo of a letter: "Lisb0n" is not Lisbon.
	if (allowance === 0 || (/\d/.test(input) && !/\d/.test(key))) return undefined;
	const words = input.split(' ');
	const split = input.replace(/ /g, '') === key.replace(/ /g, '');
	if (words.length !== key.split(' ').length && !split) return undefined;
	const acronyms = /\s/.test(candidate.trim())
		? (candidate.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? [])
		: [];
	if (!acronyms.every((acronym) => words.includes(normalize(acronym)))) return undefined;
	const distance = editDistance(input, key);
	return distance <= allowance ? distance : undefined;
}

import { normalize } from '../questions/text.ts';

/** The longest name a player can take. */
export const MAX_NAME = 24;

/**
 * A player's name as the game shows it, or why it cannot be one: plain text of letters, digits,
 * spaces and a little punctuation, at most 24 characters, none of the words the server filters.
 */
export function cleanName(
	text: string,
	blocked: ReadonlySet<string> = new Set()
): { name: string } | { error: string } {
	const name = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if (name === '') return { error: 'Type your name.' };
	if ([...name].length > MAX_NAME) return { error: `A name has at most ${MAX_NAME} characters.` };
	if (!/^[\p{L}\p{M}\p{N} .'’_-]+$/u.test(name))
		return { error: "A name holds letters, digits, spaces and . ' - _ only." };
	if (
		normalize(name)
			.split(' ')
			.some((word) => blocked.has(word))
	)
		return { error: 'Choose another name.' };
	return { name };
}

/** Two names that read the same (case, accents, spacing) are one name in a game. */
export function nameKey(name: string): string {
	return normalize(name) || name.toLowerCase();
}

/** A word list (one word a line, `#` for comments) as the set `cleanName` filters by. */
export function blockedWords(text: string): Set<string> {
	return new Set(
		text
			.split('\n')
			.map((line) => normalize(line.replace(/#.*/, '')))
			.filter((word) => word !== '')
	);
}

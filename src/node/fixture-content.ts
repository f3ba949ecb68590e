import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the content fixtures live: valid articles and a set of single-file breakages. */
export const FIXTURES = 'src/lib/content/fixtures';
export const VALID_FIXTURE = join(FIXTURES, 'valid');
export const BROKEN_FIXTURES = join(FIXTURES, 'broken');
/** An article whose facts carry no distractor written by hand, and which has no list of its own. */
export const NO_DISTRACTORS_FIXTURE = join(FIXTURES, 'no-distractors');

/** The names of the broken-file fixtures. */
export function brokenCases(): string[] {
	return readdirSync(BROKEN_FIXTURES).sort();
}

/**
 * A temporary content root holding the valid fixture article with one broken case's files laid
 * over it, so each fixture differs from a good article in exactly the file it breaks.
 */
export function brokenContentRoot(name: string): string {
	const root = mkdtempSync(join(tmpdir(), `factdeck-${name}-`));
	cpSync(VALID_FIXTURE, root, { recursive: true });
	cpSync(join(BROKEN_FIXTURES, name), join(root, 'niger-river'), { recursive: true });
	return root;
}

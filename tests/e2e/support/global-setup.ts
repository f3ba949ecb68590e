import { existsSync, readdirSync } from 'node:fs';
import { NO_DISTRACTORS_FIXTURE } from '../../../src/node/fixture-content.ts';

/** The second article the browser tests' build holds beside questions/ (see E2E_CONTENT). */
export const SECOND_ARTICLES = readdirSync(NO_DISTRACTORS_FIXTURE);

/**
 * Refuses to test a build made without the browser tests' content, which would test one article
 * only and fail on every page that names the second.
 */
export default function checkBuild(): void {
	const missing = SECOND_ARTICLES.filter((id) => !existsSync(`build/article/${id}.html`));
	if (missing.length > 0)
		throw new Error(
			`build/ has no page for the article ${missing.join(', ')}: the browser tests run on questions/ and a second article. Build with \`npm run build:e2e\` (vite build --mode e2e), then run them again.`
		);
}

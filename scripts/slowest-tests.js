// Prints the slowest tests of the Vitest and Playwright JSON reports, with their times.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @typedef {{ name: string, ms: number }} Timed */
/**
 * A suite of Playwright's JSON report: a file, or a describe block within it.
 * @typedef {{
 *   title: string,
 *   specs?: { title: string, file: string, line: number, tests?: { results?: { duration?: number }[] }[] }[],
 *   suites?: PlaywrightSuite[]
 * }} PlaywrightSuite
 */

/**
 * The `count` slowest tests of each report, slowest first; a missing report gives none.
 * @param {{ vitest?: string, playwright?: string, count?: number }} [options]
 * @returns {{ unit: Timed[], e2e: Timed[] }}
 */
export function slowest({
	vitest = 'reports/vitest.json',
	playwright = 'reports/playwright.json',
	count = 10
} = {}) {
	/** @type {Timed[]} */
	const unit = [];
	if (existsSync(vitest))
		for (const file of JSON.parse(readFileSync(vitest, 'utf8')).testResults ?? [])
			for (const test of file.assertionResults ?? [])
				unit.push({
					name: `${relative(process.cwd(), file.name)} › ${test.fullName}`,
					ms: test.duration ?? 0
				});
	/** @type {Timed[]} */
	const e2e = [];
	/** @type {(suite: PlaywrightSuite, titles: string[]) => void} */
	const walk = (suite, titles) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests ?? [])
				e2e.push({
					name: `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`,
					ms: (test.results ?? []).reduce((sum, result) => sum + (result.duration ?? 0), 0)
				});
		// Playwright nests a file's describe blocks as suites within its suite.
		for (const inner of suite.suites ?? []) walk(inner, [...titles, inner.title]);
	};
	if (existsSync(playwright))
		for (const file of JSON.parse(readFileSync(playwright, 'utf8')).suites ?? []) walk(file, []);
	/** @type {(tests: Timed[]) => Timed[]} */
	const top = (tests) => tests.sort((a, b) => b.ms - a.ms).slice(0, count);
	return { unit: top(unit), e2e: top(e2e) };
}

/**
 * Prints one suite's slowest tests under a heading.
 * @param {string} title
 * @param {Timed[]} tests
 */
function print(title, tests) {
	console.log(`Slowest ${title}:`);
	for (const { name, ms } of tests) console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${name}`);
	if (tests.length === 0) console.log('  (no report)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { unit, e2e } = slowest({ count: Number(process.argv[2] ?? 10) });
	print('unit tests', unit);
	print('browser tests', e2e);
}

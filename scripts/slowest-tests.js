// Prints the slowest tests of the Vitest and Playwright JSON reports, with their times.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The `count` slowest tests of each report, slowest first; a missing report gives none.
 * @param {{ vitest?: string, playwright?: string, count?: number }} [options]
 * @returns {{ unit: { name: string, ms: number }[], e2e: { name: string, ms: number }[] }}
 */
export function slowest({
	vitest = 'reports/vitest.json',
	playwright = 'reports/playwright.json',
	count = 10
} = {}) {
	const unit = [];
	if (existsSync(vitest))
		for (const file of JSON.parse(readFileSync(vitest, 'utf8')).testResults ?? [])
			for (const test of file.assertionResults ?? [])
				unit.push({
					name: `${relative(process.cwd(), file.name)} › ${test.fullName}`,
					ms: test.duration ?? 0
				});
	const e2e = [];
	// Playwright nests a file's describe blocks as suites within its suite.
	const walk = (suite, titles) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests ?? [])
				e2e.push({
					name: `${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`,
					ms: (test.results ?? []).reduce((sum, result) => sum + (result.duration ?? 0), 0)
				});
		for (const inner of suite.suites ?? []) walk(inner, [...titles, inner.title]);
	};
	if (existsSync(playwright))
		for (const file of JSON.parse(readFileSync(playwright, 'utf8')).suites ?? []) walk(file, []);
	const top = (tests) => tests.sort((a, b) => b.ms - a.ms).slice(0, count);
	return { unit: top(unit), e2e: top(e2e) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const count = Number(process.argv[2] ?? 10);
	const { unit, e2e } = slowest({ count });
	for (const [title, tests] of [
		['unit tests', unit],
		['browser tests', e2e]
	]) {
		console.log(`Slowest ${title}:`);
		for (const { name, ms } of tests)
			console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${name}`);
		if (tests.length === 0) console.log('  (no report)');
	}
}

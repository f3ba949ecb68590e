// Sums the Vitest and Playwright results from their JSON reports into one line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';

/** A count, read as 0 when the report leaves it out. */
const Count = v.nullish(v.number());
/** Vitest's JSON report, checked for its counts. */
const VitestReportSchema = v.object({ numPassedTests: Count, numFailedTests: Count });
/** Playwright's JSON report, checked for its counts. */
const PlaywrightReportSchema = v.object({
	stats: v.object({ expected: Count, flaky: Count, unexpected: Count, skipped: Count })
});

/**
 * Counts from both machine-readable reports; a missing report counts as one failure, since a
 * suite that never reported cannot be called green.
 * @param {{ vitest?: string, playwright?: string }} [paths]
 * @returns {{ passed: number, failed: number, missing: string[] }}
 */
export function totals({
	vitest = 'reports/vitest.json',
	playwright = 'reports/playwright.json'
} = {}) {
	let passed = 0;
	let failed = 0;
	const missing = [];
	if (existsSync(vitest)) {
		const report = v.parse(VitestReportSchema, JSON.parse(readFileSync(vitest, 'utf8')));
		passed += report.numPassedTests ?? 0;
		failed += report.numFailedTests ?? 0;
	} else missing.push(vitest);
	if (existsSync(playwright)) {
		const { stats } = v.parse(PlaywrightReportSchema, JSON.parse(readFileSync(playwright, 'utf8')));
		passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
		failed += (stats.unexpected ?? 0) + (stats.skipped ?? 0);
	} else missing.push(playwright);
	failed += missing.length;
	return { passed, failed, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { passed, failed, missing } = totals();
	for (const path of missing) console.error(`No test report at ${path}: that suite did not run.`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

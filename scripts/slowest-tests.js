// Prints the slowest tests of the Vitest and Playwright JSON reports, with their times.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as v from 'valibot';

/** @typedef {{ name: string, ms: number }} Timed */
/**
 * A suite of Playwright's JSON report: a file, or a describe block within it.
 * @typedef {{
 *   title: string,
 *   specs?: { title: string, file: string, line: number, tests?: { results?: { duration?: number }[] }[] }[],
 *   suites?: PlaywrightSuite[]
 * }} PlaywrightSuite
 */

/** Vitest's JSON report, checked for what is read of it: each file's tests and their times. */
const VitestReportSchema = v.object({
	testResults: v.nullish(
		v.array(
			v.object({
				name: v.string(),
				assertionResults: v.nullish(
					v.array(v.object({ fullName: v.string(), duration: v.nullish(v.number()) }))
				)
			})
		)
	)
});

/**
 * A suite of Playwright's JSON report, checked for what is read of it; its own suites are
 * checked the same way.
 * @type {v.GenericSchema<PlaywrightSuite>}
 */
const PlaywrightSuiteSchema = v.object({
	title: v.string(),
	specs: v.optional(
		v.array(
			v.object({
				title: v.string(),
				file: v.string(),
				line: v.number(),
				tests: v.optional(
					v.array(
						v.object({
							results: v.optional(v.array(v.object({ duration: v.optional(v.number()) })))
						})
					)
				)
			})
		)
	),
	suites: v.optional(v.array(v.lazy(() => PlaywrightSuiteSchema)))
});

/** Playwright's JSON report, checked for what is read of it: its suites, one a file. */
const PlaywrightReportSchema = v.object({ suites: v.nullish(v.array(PlaywrightSuiteSchema)) });

/**
 * The JSON report at `path`, checked against `schema`; undefined when there is none.
 * @template {v.GenericSchema} Schema
 * @param {string} path
 * @param {Schema} schema
 * @returns {v.InferOutput<Schema> | undefined}
 */
const readReport = (path, schema) =>
	existsSync(path) ? v.parse(schema, JSON.parse(readFileSync(path, 'utf8'))) : undefined;

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
	for (const file of readReport(vitest, VitestReportSchema)?.testResults ?? [])
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
	for (const file of readReport(playwright, PlaywrightReportSchema)?.suites ?? []) walk(file, []);
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

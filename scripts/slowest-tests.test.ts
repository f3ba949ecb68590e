import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slowest } from './slowest-tests.js';

const dir = mkdtempSync(join(tmpdir(), 'factdeck-slowest-'));
const write = (name: string, value: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(value));
	return path;
};

const vitest = write('v.json', {
	testResults: [
		{
			name: join(process.cwd(), 'src/a.test.ts'),
			assertionResults: [
				{ fullName: 'a is quick', duration: 2 },
				{ fullName: 'a is slow', duration: 900 }
			]
		},
		{
			name: join(process.cwd(), 'src/b.test.ts'),
			assertionResults: [{ fullName: 'b', duration: 40 }]
		}
	]
});
const run = (duration: number) => ({ projectName: 'chromium', results: [{ duration }] });
const playwright = write('p.json', {
	suites: [
		{
			title: 'quiz.spec.ts',
			file: 'quiz.spec.ts',
			specs: [{ title: 'starts a quiz', file: 'quiz.spec.ts', line: 4, tests: [run(3_000)] }],
			suites: [
				{
					title: 'on a phone',
					file: 'quiz.spec.ts',
					specs: [{ title: 'swipes on', file: 'quiz.spec.ts', line: 9, tests: [run(7_500)] }]
				}
			]
		}
	]
});

describe('the slowest tests', () => {
	it('lists the slowest of each report first, with the file and describe blocks they sit in', () => {
		expect(slowest({ vitest, playwright, count: 2 })).toEqual({
			unit: [
				{ name: 'src/a.test.ts › a is slow', ms: 900 },
				{ name: 'src/b.test.ts › b', ms: 40 }
			],
			e2e: [
				{ name: 'quiz.spec.ts:9 › on a phone › swipes on', ms: 7_500 },
				{ name: 'quiz.spec.ts:4 › starts a quiz', ms: 3_000 }
			]
		});
	});

	it('counts every attempt of a browser test that was retried', () => {
		const retried = write('retried.json', {
			suites: [
				{
					title: 'x.spec.ts',
					specs: [
						{
							title: 'flaky',
							file: 'x.spec.ts',
							line: 1,
							tests: [{ results: [{ duration: 1_000 }, { duration: 2_500 }] }]
						}
					]
				}
			]
		});
		expect(slowest({ vitest, playwright: retried }).e2e).toEqual([
			{ name: 'x.spec.ts:1 › flaky', ms: 3_500 }
		]);
	});

	it('lists nothing for a report that never appeared', () => {
		expect(slowest({ vitest: join(dir, 'absent.json'), playwright }).unit).toEqual([]);
	});
});

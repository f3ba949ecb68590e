import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totals } from './test-totals.js';

const dir = mkdtempSync(join(tmpdir(), 'factdeck-totals-'));
const write = (name: string, value: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(value));
	return path;
};

describe('test totals', () => {
	it('adds the passes and failures of both reports', () => {
		const vitest = write('v.json', { numPassedTests: 40, numFailedTests: 2 });
		const playwright = write('p.json', {
			stats: { expected: 10, unexpected: 1, flaky: 1, skipped: 0 }
		});
		expect(totals({ vitest, playwright })).toEqual({ passed: 51, failed: 3, missing: [] });
	});

	it('counts a skipped browser test as a failure', () => {
		const vitest = write('v2.json', { numPassedTests: 1, numFailedTests: 0 });
		const playwright = write('p2.json', {
			stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 2 }
		});
		expect(totals({ vitest, playwright }).failed).toBe(2);
	});

	it('counts a report that never appeared as a failure', () => {
		const vitest = write('v3.json', { numPassedTests: 5, numFailedTests: 0 });
		const result = totals({ vitest, playwright: join(dir, 'absent.json') });
		expect(result).toEqual({ passed: 5, failed: 1, missing: [join(dir, 'absent.json')] });
	});
});

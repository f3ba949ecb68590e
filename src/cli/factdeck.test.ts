import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenCases, brokenContentRoot, VALID_FIXTURE } from '../node/fixture-content.ts';

/** Runs the CLI as a user would, through tsx, and returns its exit code and output. */
function factdeck(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/factdeck.ts', ...args], {
		encoding: 'utf8'
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the factdeck command', () => {
	it('validates the content and reports its size', () => {
		const { code, stdout } = factdeck('validate');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^mali-france-russia: \d+ facts, 9 decks$/m);
	});

	it('fails validation with file:line: message on a broken article', () => {
		const root = brokenContentRoot('quote-not-verbatim');
		const { code, stderr } = factdeck('validate', '--content', root);
		expect(code).toBe(1);
		expect(stderr).toContain(
			`${root}/niger-river/facts.yaml:6: fact niger-source: quote not found`
		);
	});

	it('fails validation on every broken fixture', () => {
		for (const name of brokenCases()) {
			const { code, stderr } = factdeck('validate', '--content', brokenContentRoot(name));
			expect(code, name).toBe(1);
			expect(stderr, name).toMatch(/niger-river\/(facts|article|decks)\.(yaml|md):\d+: /);
		}
	}, 60_000);

	it('prints a quality report with every check passing', () => {
		const { code, stdout } = factdeck('report', '--content', VALID_FIXTURE);
		expect(code).toBe(0);
		expect(stdout).toContain('grounded');
		expect(stdout).toMatch(/^all\s+\d+/m);
		expect(stdout).not.toContain('FAIL');
	});

	it('exports a seeded quiz as JSON, the same for the same seed', () => {
		const args = ['export', '--deck', 'niger-river/all', '--seed', '7', '--count', '5'];
		const first = factdeck(...args, '--content', VALID_FIXTURE);
		expect(first.code).toBe(0);
		const parsed = JSON.parse(first.stdout);
		expect(parsed.questions).toHaveLength(5);
		expect(parsed.deck.questions).toEqual(parsed.questions.map((q: { id: string }) => q.id));
		expect(factdeck(...args, '--content', VALID_FIXTURE).stdout).toBe(first.stdout);
	});

	it.each([
		[[], /Usage:/],
		[['launch'], /unknown command "launch"/],
		[['export'], /export needs --deck/],
		[
			['export', '--deck', 'niger-river/nope'],
			/no deck "niger-river\/nope"; decks: niger-river\/all/
		],
		[['export', '--deck', 'niger-river/all', '--seed', 'abc'], /--seed must be a whole number/],
		[
			['export', '--deck', 'niger-river/all', '--count', '0'],
			/--count must be a whole number of at least 1/
		],
		[['export', '--deck', 'niger-river/all', '--format', 'pdf'], /unknown format "pdf"/],
		[['report', '--colour'], /Unknown option '--colour'/]
	])('refuses %j with a clear message and exit code 2', (args, message) => {
		const { code, stderr, stdout } = factdeck(...args, '--content', VALID_FIXTURE);
		expect(code).toBe(2);
		expect(stderr + stdout).toMatch(message);
	});
});

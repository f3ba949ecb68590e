import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	readAnki,
	readApkg,
	readCsv,
	readDeckJson,
	readGift,
	readKahoot,
	readMoodleXml,
	readQuizlet
} from '../../tests/support/read-back.ts';
import { brokenCases, brokenContentRoot, VALID_FIXTURE } from '../node/fixture-content.ts';
import { readContentFiles } from '../node/content-files.ts';
import { deckTag, encodeClassCode, type ClassQuiz } from '../lib/classroom/class-code.ts';
import { editionOf } from '../lib/classroom/editions.ts';
import { loadCorpus } from '../lib/content/index.ts';
import { buildLibrary } from '../lib/questions/index.ts';

/** Runs the CLI as a user would, through tsx, and returns its exit code and output. */
function factdeck(...args: string[]) {
	return factdeckWith(undefined, ...args);
}

/** Runs the CLI with the given standard input. */
function factdeckWith(input: string | undefined, ...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/factdeck.ts', ...args], {
		encoding: 'utf8',
		input
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each start of the command through tsx took up to 65 s with both cores kept busy by other work:
// 120 s per start.
const starts = (count: number) => count * 120_000;

describe('the factdeck command', { timeout: starts(1) }, () => {
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

	it(
		'fails validation on every broken fixture',
		() => {
			for (const name of brokenCases()) {
				const { code, stderr } = factdeck('validate', '--content', brokenContentRoot(name));
				expect(code, name).toBe(1);
				expect(stderr, name).toMatch(
					/niger-river\/(facts|article|decks|distractors)\.(yaml|md):\d+: /
				);
			}
		},
		starts(brokenCases().length)
	);

	it('drafts an article from standard input, then refuses to overwrite it', () => {
		const root = mkdtempSync(join(tmpdir(), 'factdeck-draft-'));
		const text = 'Lakes of the north\n\nIn 1850 Ann Lee mapped 12 islands in the lake.\n';
		const args = ['draft', '--id', 'lakes', '--title', 'Lakes', '--content', root];
		const first = factdeckWith(text, ...args);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(
			/^Drafted .*lakes\/ in [\d.]+ s: 1 paragraphs, \d+ candidate facts \(date 1/m
		);
		expect(readFileSync(join(root, 'lakes/source.txt'), 'utf8')).toBe(text);
		const validated = factdeck('validate', '--content', root);
		expect(validated.stdout).toMatch(
			/^lakes: \d+ draft facts? left out of the decks; no fact is published yet/m
		);
		const again = factdeckWith(text, ...args);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already exists: pass --force');
	}, 120_000);

	it('prints a quality report with every check passing', () => {
		const { code, stdout } = factdeck('report', '--content', VALID_FIXTURE);
		expect(code).toBe(0);
		expect(stdout).toContain('grounded');
		expect(stdout).toMatch(/^all\s+\d+/m);
		expect(stdout).not.toContain('FAIL');
	});

	it(
		'exports a seeded quiz as JSON, the same for the same seed',
		() => {
			const args = ['export', '--deck', 'niger-river/all', '--seed', '7', '--count', '5'];
			const first = factdeck(...args, '--content', VALID_FIXTURE);
			expect(first.code).toBe(0);
			const parsed = readDeckJson(first.stdout);
			expect(parsed.questions).toHaveLength(5);
			expect(parsed.deck.questions).toEqual(parsed.questions.map((q: { id: string }) => q.id));
			expect(factdeck(...args, '--content', VALID_FIXTURE).stdout).toBe(first.stdout);
		},
		starts(2)
	);

	it(
		'exports the class quiz a class code gives, with its forms, count and order',
		() => {
			const library = buildLibrary(loadCorpus(readContentFiles(VALID_FIXTURE)));
			const deck = library.deck('niger-river/all')!;
			const edition = editionOf(library, deck);
			const quiz: ClassQuiz = {
				deck: deck.key,
				seed: 41,
				count: 5,
				forms: ['choice', 'true-false'],
				seconds: 45,
				order: 'article'
			};
			const code = encodeClassCode(quiz, deckTag({ key: deck.key, edition }));
			const run = factdeck('export', '--class', code, '--content', VALID_FIXTURE);
			expect(run.code, run.stderr).toBe(0);
			const json = readDeckJson(run.stdout);
			expect(json.class).toBe(code);
			expect(json.deck.key).toBe('niger-river/all');
			expect(json.questions).toHaveLength(5);
			for (const q of json.questions) expect(['choice', 'true-false']).toContain(q.form);
			const places = json.questions.map((q) => q.position);
			expect(places).toEqual([...places].sort((a, b) => a - b));
			// Another seed in the code, another class quiz; the same code, the same file.
			const other = factdeck(
				'export',
				'--class',
				encodeClassCode(
					{ ...quiz, order: 'random', seed: 42 },
					deckTag({ key: deck.key, edition })
				),
				'--content',
				VALID_FIXTURE
			);
			expect(readDeckJson(other.stdout).deck.questions).not.toEqual(json.deck.questions);
			expect(factdeck('export', '--class', code, '--content', VALID_FIXTURE).stdout).toBe(
				run.stdout
			);
			// Made for another edition of the deck's questions: outdated, and nothing is written.
			const outdated = factdeck(
				'export',
				'--class',
				encodeClassCode(quiz, deckTag({ key: deck.key, edition: 'an-older-edition' })),
				'--content',
				VALID_FIXTURE
			);
			expect([outdated.code, outdated.stdout]).toEqual([2, '']);
			expect(outdated.stderr).toMatch(/may be outdated/);
		},
		starts(4)
	);

	it(
		'exports a seeded quiz in every format, each read back by its own parser',
		async () => {
			const quiz = ['export', '--deck', 'niger-river/all', '--seed', '3', '--count', '8'];
			const run = (format: string, ...more: string[]) => {
				const result = factdeck(...quiz, '--format', format, ...more, '--content', VALID_FIXTURE);
				expect(result.code, result.stderr).toBe(0);
				return result;
			};
			const json = readDeckJson(run('json').stdout);
			const forms: string[] = json.questions.map((q: { form: string }) => q.form);
			expect(forms).toHaveLength(8);

			const gift = run('gift', '--base-url', 'https://example.org/factdeck');
			expect(readGift(gift.stdout).map((q) => q.title)).toEqual(json.deck.questions);
			expect(gift.stdout).toContain('https\\://example.org/factdeck/article/niger-river\\#p');

			const xml = run('moodle-xml').stdout;
			expect(XMLValidator.validate(xml)).toBe(true);
			expect(readMoodleXml(xml)).toHaveLength(9);

			expect(readCsv(run('csv').stdout).rows.map((r) => r.id)).toEqual(json.deck.questions);
			expect(readQuizlet(run('quizlet').stdout).length).toBeGreaterThan(0);
			expect(readAnki(run('anki').stdout).headers).toContain('#separator:tab');

			const out = join(mkdtempSync(join(tmpdir(), 'factdeck-export-')), 'quiz.xlsx');
			const kahoot = run('kahoot', '--out', out, '--time-limit', '45');
			const sheet = await readKahoot(new Uint8Array(readFileSync(out)));
			const fits = forms.filter((f) => f === 'choice' || f === 'true-false').length;
			expect(sheet.rows).toHaveLength(fits);
			for (const row of sheet.rows) expect(row.time).toBe(60);
			expect(kahoot.stderr).toContain(`Wrote ${fits} of 8 questions of niger-river/all as kahoot`);
			if (fits < 8) expect(kahoot.stderr).toContain(`Left out ${8 - fits} question`);
			// Each question Kahoot cannot hold is named with its reason, whichever forms the seed drew.
			for (const { id, form } of json.questions as { id: string; form: string }[])
				if (form !== 'choice' && form !== 'true-false')
					expect(kahoot.stderr).toContain(
						form === 'cloze'
							? `${id}: Kahoot has no fill-in-the-blank questions`
							: `${id}: Kahoot quizzes take multiple choice and true-or-false questions, not ${form}`
					);
		},
		starts(7)
	);

	it(
		'leaves ordering questions out of Moodle XML with --no-ordering, and warns without it',
		() => {
			const moodle = ['export', '--deck', 'mali-france-russia/all', '--format', 'moodle-xml'];
			const isOrdering = (x: { '@_type'?: unknown }) => x['@_type'] === 'ordering';
			const every = factdeck(...moodle);
			expect(every.code, every.stderr).toBe(0);
			const all = readMoodleXml(every.stdout);
			const orders = all.filter(isOrdering).length;
			expect(orders).toBeGreaterThan(1);
			expect(every.stderr).toContain(
				`Note: ${orders} ordering questions: Moodle imports them only from version 4.4`
			);

			const without = factdeck(...moodle, '--no-ordering');
			expect(without.code, without.stderr).toBe(0);
			const kept = readMoodleXml(without.stdout);
			expect(kept.filter(isOrdering)).toEqual([]);
			expect(kept).toHaveLength(all.length - orders);
			expect(without.stderr).toContain(`Left out ${orders} questions:`);
			expect(without.stderr).toMatch(/:order:\S+: as asked: Moodle before 4\.4/);
			expect(without.stderr).not.toContain('Note:');
		},
		starts(2)
	);

	it('says in its help which Moodle imports ordering questions and how to leave them out', () => {
		const { code, stdout } = factdeck('--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/--no-ordering\s+moodle-xml only: leave out ordering questions/);
		expect(stdout).toMatch(/only from 4\.4; an older Moodle\s+stops the whole import/);
	});

	it(
		'writes an Anki package to --out that opens as Anki reads it',
		async () => {
			const out = join(mkdtempSync(join(tmpdir(), 'factdeck-export-')), 'quiz.apkg');
			const args = ['export', '--deck', 'niger-river/all', '--format', 'apkg', '--out', out];
			const result = factdeck(...args, '--content', VALID_FIXTURE);
			expect(result.code, result.stderr).toBe(0);
			const json = readDeckJson(
				factdeck('export', '--deck', 'niger-river/all', '--content', VALID_FIXTURE).stdout
			);
			const apkg = await readApkg(new Uint8Array(readFileSync(out)));
			expect(apkg.files).toEqual(['collection.anki2', 'media']);
			const decks = Object.values(apkg.decks).map((deck) => deck.name);
			expect(decks).toContain(`factdeck::${json.deck.title} (${json.deck.articleName})`);
			expect(apkg.notes.length).toBeGreaterThan(0);
			expect(apkg.cards).toHaveLength(apkg.notes.length);
		},
		starts(2)
	);

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
		[
			['export', '--deck', 'niger-river/all', '--format', 'pdf'],
			/unknown format "pdf"; formats: gift, moodle-xml, kahoot, quizlet, apkg, anki, csv, json/
		],
		[
			['export', '--deck', 'niger-river/all', '--format', 'kahoot'],
			/kahoot writes a binary file, not text: add --out FILE/
		],
		[
			['export', '--deck', 'niger-river/all', '--format', 'apkg'],
			/apkg writes a binary file, not text: add --out FILE/
		],
		[
			['export', '--deck', 'niger-river/all', '--format', 'gift', '--base-url', 'nowhere'],
			/--base-url must be an http or https address/
		],
		[
			[
				'export',
				'--deck',
				'niger-river/all',
				'--format',
				'csv',
				'--base-url',
				'javascript:alert(1)'
			],
			/--base-url must be an http or https address/
		],
		[
			['export', '--deck', 'niger-river/all', '--format', 'kahoot', '--time-limit', '0'],
			/--time-limit must be a whole number of at least 1/
		],
		[
			['export', '--class', 'ABCD-EFGX', '--format', 'gift'],
			/--class ABCD-EFGX: That code has a mistake in it/
		],
		[
			['export', '--class', 'ABCD-EFGH', '--seed', '3'],
			/--class carries the deck, seed and count: leave out --seed/
		],
		[['export', '--format', 'gift'], /export needs --deck ARTICLE\/DECK or --class CODE/],
		[
			['export', '--deck', 'niger-river/all', '--format', 'gift', '--no-ordering'],
			/--no-ordering is for --format moodle-xml, not gift/
		],
		[
			['export', '--deck', 'niger-river/all', '--no-ordering'],
			/--no-ordering is for --format moodle-xml, not json/
		],
		[['report', '--colour'], /Unknown option '--colour'/]
	])('refuses %j with a clear message and exit code 2', (args, message) => {
		const { code, stderr, stdout } = factdeck(...args, '--content', VALID_FIXTURE);
		expect(code).toBe(2);
		expect(stderr + stdout).toMatch(message);
	});
});

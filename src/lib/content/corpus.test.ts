import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../node/content-files.ts';
import {
	brokenCases,
	brokenContentRoot,
	NO_DISTRACTORS_FIXTURE,
	VALID_FIXTURE
} from '../../node/fixture-content.ts';
import { paragraphsOf } from './article.ts';
import { coverageGaps, loadCorpus } from './corpus.ts';
import { ContentError, formatProblem } from './problems.ts';
import { SLUG } from './schema.ts';

const corpus = loadCorpus(readContentFiles('questions'));

describe('the content in questions/', () => {
	it('loads with no problem and holds the Mali article', () => {
		expect(corpus.articles.map((content) => content.article.id)).toContain('mali-france-russia');
	});

	for (const content of corpus.articles) {
		const { article, facts } = content;
		const paragraphs = new Map(paragraphsOf(article).map((p) => [p.id, p]));

		describe(article.id, () => {
			it('finds every quote verbatim in its own paragraph', () => {
				const misplaced = facts.filter(
					(fact) => !paragraphs.get(fact.paragraph)?.text.includes(fact.quote)
				);
				expect(misplaced.map((fact) => fact.id)).toEqual([]);
			});

			it.runIf(existsSync(`questions/${article.id}/source.txt`))(
				'keeps every paragraph of the source text word for word, in order, adding only headings',
				() => {
					const source = readFileSync(`questions/${article.id}/source.txt`, 'utf8')
						.split('\n')
						.map((line) => line.trim())
						.filter(Boolean);
					const published = new Set(source);
					const shown = article.sections.flatMap((section) => [
						...(published.has(section.title) ? [section.title] : []),
						...section.paragraphs.map((p) => p.text)
					]);
					expect(shown).toEqual(source);
				}
			);

			it('gives every fact a unique slug id', () => {
				const ids = facts.map((fact) => fact.id);
				expect(new Set(ids).size).toBe(ids.length);
				expect(ids.filter((id) => !SLUG.test(id))).toEqual([]);
			});

			it('has a fact for every paragraph, or a reviewed reason in uncovered.yaml', () => {
				expect(coverageGaps(content)).toEqual({ unexplained: [], stale: [] });
			});

			it('gives every uncovered paragraph a reason of its own', () => {
				for (const entry of content.uncovered) expect(entry.reason.length).toBeGreaterThan(10);
			});
		});
	}
});

describe('the Mali article', () => {
	const content = corpus.articles.find((c) => c.article.id === 'mali-france-russia')!;

	it('has at least 80 facts', () => {
		expect(content.facts.length).toBeGreaterThanOrEqual(80);
	});

	it('has glossary facts for every acronym, operation, group and company it names', () => {
		const glossary = content.facts.filter((fact) => fact.tags.includes('glossary'));
		const named = glossary.map((fact) => `${fact.statement} ${fact.answer.text}`).join(' ');
		for (const term of [
			'ACLED',
			'CSIS',
			'ISGS',
			'JNIM',
			'Barkhane',
			'Takuba',
			'Wagner',
			'Rosoboronexport',
			'Yerewulu'
		])
			expect(named, term).toContain(term);
	});

	it('keeps the slips as written, accepts the usual spelling and tells the learner', () => {
		const slips: [string, string][] = [
			['Asmi Guetta', 'Assimi Goïta'],
			['Yerewulu', 'Yerewolo']
		];
		for (const [written, usual] of slips) {
			const fact = content.facts.find((f) => f.answer.text === written);
			expect(fact, written).toBeDefined();
			expect(fact!.answer.aliases, written).toContain(usual);
			expect(fact!.note, written).toContain(usual);
		}
	});

	it('attributes what tweets and captions say to them, or leaves them out with a reason', () => {
		const embedded = paragraphsOf(content.article).filter((p) => p.role !== 'text');
		expect(embedded.length).toBeGreaterThan(0);
		const reasoned = new Set(content.uncovered.map((u) => u.paragraph));
		for (const paragraph of embedded) {
			const facts = content.facts.filter((fact) => fact.paragraph === paragraph.id);
			if (facts.length === 0) expect(reasoned, paragraph.id).toContain(paragraph.id);
			for (const fact of facts) expect(fact.attribution, fact.id).not.toBe('article');
		}
	});

	it('keeps its own list of wrong options in its folder', () => {
		expect(content.distractors['place/country']).toContain('Senegal');
		expect(content.distractors.person.length).toBeGreaterThan(10);
	});

	it('has dated events for a timeline and pairs for matching', () => {
		expect(content.facts.filter((fact) => fact.timeline).length).toBeGreaterThanOrEqual(8);
		const sets = new Map<string, number>();
		for (const fact of content.facts)
			if (fact.pair) sets.set(fact.pair.set, (sets.get(fact.pair.set) ?? 0) + 1);
		expect([...sets.values()].every((count) => count >= 4)).toBe(true);
		expect(sets.size).toBeGreaterThanOrEqual(2);
	});
});

describe('the code in src/', () => {
	/** Names that only look like an article's: an algorithm named after its authors. */
	const ALLOWED = ['Lowrance–Wagner'];

	it('names no article’s people, places, groups or organizations outside tests and fixtures', () => {
		const names = new Set<string>();
		for (const root of ['questions', VALID_FIXTURE, NO_DISTRACTORS_FIXTURE])
			for (const { facts } of loadCorpus(readContentFiles(root)).articles)
				for (const fact of facts)
					if (['person', 'place', 'group', 'organization'].includes(fact.kind))
						for (const name of [fact.answer.text, ...fact.answer.aliases])
							if (name.length >= 4 && /^\p{Lu}/u.test(name)) names.add(name);
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir)) {
				const path = join(dir, entry);
				if (statSync(path).isDirectory()) {
					if (entry !== 'fixtures') walk(path);
				} else if (!/\.(test|fixture)\.ts$/.test(entry)) files.push(path);
			}
		};
		walk('src');
		const found: string[] = [];
		for (const file of files) {
			let text = readFileSync(file, 'utf8');
			for (const allowed of ALLOWED) text = text.replaceAll(allowed, '');
			for (const name of names) {
				const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				if (new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text))
					found.push(`${file}: ${name}`);
			}
		}
		expect(names.size).toBeGreaterThan(50);
		expect(found).toEqual([]);
	});
});

describe('a second article folder', () => {
	it('loads with no code change', () => {
		const fixture = loadCorpus(readContentFiles(VALID_FIXTURE));
		expect(fixture.articles).toHaveLength(1);
		expect(fixture.articles[0].article.sections.map((s) => s.id)).toEqual([
			'the-river',
			'people-and-history'
		]);
		expect(fixture.articles[0].facts.length).toBe(12);
	});
});

/** Each broken fixture and the problem it must produce, as `file:line: message`. */
const EXPECTED: Record<string, RegExp> = {
	'unknown-paragraph':
		/^niger-river\/facts\.yaml:7: fact niger-source: unknown paragraph id "p99"$/,
	'quote-not-verbatim':
		/^niger-river\/facts\.yaml:6: fact niger-source: quote not found verbatim in paragraph p1/,
	'quote-in-another-paragraph':
		/^niger-river\/facts\.yaml:6: fact niger-source: quote not found verbatim in paragraph p2/,
	'duplicate-id':
		/^niger-river\/facts\.yaml:10: fact niger-source: duplicate id \(first used on line 1\)$/,
	'missing-field': /^niger-river\/facts\.yaml:1: fact 1 \(niger-source\): prompt is missing$/,
	'ill-typed-field':
		/^niger-river\/facts\.yaml:5: fact 1 \(niger-length\): answer\.value must be a number, not "about four thousand"$/,
	'unknown-kind':
		/^niger-river\/facts\.yaml:2: fact 1 \(niger-source\): kind must be one of: date, number/,
	'unknown-field':
		/^niger-river\/facts\.yaml:9: fact 1 \(niger-source\): unknown field "source"; the fields are: id, kind, prompt, statement, falseStatement, answer, quote, paragraph, attribution, tags, note, timeline, pair, draft$/,
	'invalid-yaml': /^niger-river\/facts\.yaml:3: invalid YAML: /,
	'bad-slug-id': /^niger-river\/facts\.yaml:1: fact 1 \(Niger Source\): id must be a slug/,
	'number-without-value':
		/^niger-river\/facts\.yaml:5: fact niger-length: a number fact needs answer\.value$/,
	'paragraph-without-id':
		/^niger-river\/article\.md:11: paragraph "It flows north-east into Mali, where it…" has no paragraph id: end it with \{#p2\}, the next free id after p1$/,
	'paragraph-id-next-taken':
		/^niger-river\/article\.md:11: paragraph "It flows north-east into Mali, where it…" has no paragraph id: end it with \{#p1a\}, the next free id after p1$/,
	'front-matter-unknown-field':
		/^niger-river\/article\.md:5: front matter: unknown field "publisher"; the fields are: title, short, language, source, author, date, licence$/,
	'front-matter-license-spelling':
		/^niger-river\/article\.md:5: front matter: unknown field "license": factdeck spells it "licence"$/,
	'front-matter-bad-date':
		/^niger-river\/article\.md:5: front matter: date must be a date: YYYY, YYYY-MM or YYYY-MM-DD$/,
	'quote-with-markup':
		/^niger-river\/facts\.yaml:6: fact niger-source: quote not found verbatim in paragraph p1: .*Markdown markup such as \*\*bold\*\*.* is dropped: quote "rises in the Guinea Highlands"$/,
	'statement-answer-twice':
		/^niger-river\/facts\.yaml:4: fact niger-source: statement must contain the answer text "Guinea Highlands" exactly once \(it has 2, capitals aside\)/,
	'statement-answer-case':
		/^niger-river\/facts\.yaml:4: fact niger-source: statement has the answer only as "guinea highlands": write it "Guinea Highlands", as the answer does$/,
	'pair-not-in-quote':
		/^niger-river\/facts\.yaml:10: fact niger-source: neither side of the pair \("Niger", "Fouta Djallon"\) is in the quote/,
	'draft-without-value':
		/^niger-river\/facts\.yaml:4: fact niger-length: a number fact needs answer\.value$/,
	'draft-flag-not-true':
		/^niger-river\/facts\.yaml:2: fact 1 \(niger-length\): draft must be true for a draft fact, or left out once the fact is published$/,
	'deck-unknown-section': /^niger-river\/decks\.yaml:8: deck delta: unknown section "the-delta"$/,
	'distractor-list-twice':
		/^niger-river\/distractors\.yaml:6: a second list for person \(the first is on line 1\): merge their options into one list$/,
	'distractor-list-unknown-kind':
		/^niger-river\/distractors\.yaml:3: list 2: kind must be one of: date, number, person/
};

describe('a broken content file', () => {
	it('has a documented error for every fixture', () => {
		expect(brokenCases()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const name of brokenCases())
		it(`fails to load with its file, line and reason: ${name}`, () => {
			let error: unknown;
			try {
				loadCorpus(readContentFiles(brokenContentRoot(name)));
			} catch (thrown) {
				error = thrown;
			}
			expect(error).toBeInstanceOf(ContentError);
			const lines = (error as ContentError).problems.map(formatProblem);
			expect(
				lines.some((line) => EXPECTED[name].test(line)),
				lines.join('\n')
			).toBe(true);
		});
});

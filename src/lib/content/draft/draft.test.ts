import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus.ts';
import { paragraphsOf, parseArticle } from '../article.ts';
import type { DraftFact } from '../schema.ts';
import { parse } from 'yaml';
import { normalizeInput } from './blocks.ts';
import { draftArticle, DraftError, type DraftInput } from './draft.ts';

/** Drafts a text and loads the folder through the real loader, as the build would. */
function draftAndLoad(input: Partial<DraftInput> & { text: string }) {
	const draft = draftArticle({
		id: 'drafted',
		format: 'text',
		title: 'A text',
		source: 'Tests.',
		...input
	});
	const corpus = loadCorpus(
		Object.entries(draft.files).map(([name, text]) => ({ path: `drafted/${name}`, text }))
	);
	const facts = (parse(draft.files['facts.yaml']) ?? []) as DraftFact[];
	const { article } = parseArticle('drafted', 'article.md', draft.files['article.md']);
	return { draft, corpus, facts, article: article! };
}

const factFor = (facts: DraftFact[], text: string) => facts.find((f) => f.answer.text === text);

// compromise tags a whole article in a second or more on a busy machine.
describe('drafting an article', { timeout: 60_000 }, () => {
	const mali = readFileSync('questions/mali-france-russia/source.txt', 'utf8');
	const { draft, corpus, facts } = draftAndLoad({ text: mali });

	it('drafts the first article into a folder the loader takes with no problem', () => {
		expect(corpus.drafts).toEqual([
			{ article: 'drafted', title: 'A text', drafts: facts.length, published: 0 }
		]);
		expect(facts.length).toBeGreaterThan(40);
		for (const kind of ['date', 'number', 'person', 'place', 'group'] as const)
			expect(draft.counts[kind], kind).toBeGreaterThan(0);
	});

	it('marks every fact draft, with its answer inside its quote', () => {
		for (const fact of facts) {
			expect(fact.draft, fact.id).toBe(true);
			expect(fact.quote, fact.id).toContain(fact.answer.text);
			expect(fact.quote.split(/\s+/).length, fact.id).toBeLessThanOrEqual(25);
		}
	});

	it('gives the same ids to the same text, and keeps them when text is added after', () => {
		const again = draftAndLoad({ text: `${mali}\n\nIn 1999 the ministry hired 300 clerks.\n` });
		const ids = facts.map((f) => f.id);
		expect(again.facts.slice(0, ids.length).map((f) => f.id)).toEqual(ids);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('finds the numbers with their units', () => {
		expect(factFor(facts, '5,100')).toMatchObject({
			kind: 'number',
			answer: { value: 5100, unit: 'soldiers' }
		});
	});

	it('finds an acronym with its expansion as a pair', () => {
		expect(factFor(facts, 'Islamic State')).toMatchObject({
			kind: 'group',
			pair: { set: 'acronyms', left: 'ISIS', right: 'Islamic State' }
		});
	});

	it('leaves out a relative date such as "last May"', () => {
		expect(facts.filter((f) => f.paragraph === 'p1' && f.kind === 'date')).toEqual([]);
	});
});

describe('the candidates of a sentence', { timeout: 60_000 }, () => {
	const text = [
		'On 24 May 2021, the Group to Support Islam and Muslims (JNIM) met Emmanuel Macron in Bamako.',
		'On 14 May the ministry sent 1,200 trucks, 39% of its fleet, for $2.5 million.',
		'In 2013, France launched an operation; in the early 1990s nothing was known.',
		'Photosynthesis is the process by which plants turn light into sugar.'
	].join('\n\n');
	const { facts } = draftAndLoad({ text });

	it('reads dates in the forms articles use, with the year from context when missing', () => {
		expect(factFor(facts, '24 May 2021')?.answer.date).toBe('2021-05-24');
		expect(factFor(facts, '14 May')?.answer.date).toBe('2021-05-14');
		expect(factFor(facts, '14 May')?.note).toMatch(/2021 is inferred/);
		expect(factFor(facts, '2013')?.answer.date).toBe('2013');
		expect(facts.some((f) => f.answer.text.includes('1990s'))).toBe(false);
	});

	it('reads percentages and sums of money', () => {
		expect(factFor(facts, '39%')?.answer).toMatchObject({ value: 39, unit: 'percent' });
		expect(factFor(facts, '$2.5 million')?.answer).toMatchObject({
			value: 2_500_000,
			unit: 'dollars'
		});
		expect(factFor(facts, '1,200')?.answer).toMatchObject({ value: 1200, unit: 'trucks' });
	});

	it('names people, groups with their acronyms, and defined terms', () => {
		expect(factFor(facts, 'Emmanuel Macron')?.kind).toBe('person');
		expect(factFor(facts, 'Group to Support Islam and Muslims')).toMatchObject({
			kind: 'group',
			pair: { left: 'JNIM' }
		});
		expect(factFor(facts, 'Photosynthesis')?.kind).toBe('term');
	});

	it('takes the year of an undated day from the article date when the text names none', () => {
		const { facts: dated } = draftAndLoad({ text: 'On 14 May the ministry met.', date: '2020-06' });
		expect(factFor(dated, '14 May')?.answer.date).toBe('2020-05-14');
	});
});

describe('the input formats', { timeout: 60_000 }, () => {
	it('reads an HTML page without its footnote markers, tables and edit links', () => {
		const html = `<h1>Lakes</h1><table><tr><td>Infobox 1234</td></tr></table>
			<h2>History<span>[<a>edit</a>]</span></h2>
			<p>The lake was mapped in 1850 by Ann Lee.<sup><a>[1]</a></sup> It holds 12&#160;islands.</p>
			<ul><li>One item of a list</li></ul>`;
		const { article } = draftAndLoad({ text: html, format: 'html', title: undefined });
		expect(article.title).toBe('Lakes');
		expect(article.sections.map((s) => s.title)).toEqual(['History']);
		expect(paragraphsOf(article).map((p) => p.text)).toEqual([
			'The lake was mapped in 1850 by Ann Lee. It holds 12 islands.',
			'One item of a list'
		]);
	});

	it('reads a short plain-text line as a heading, but not a list item that runs on', () => {
		const text = [
			'Pledge',
			'The foundation pledges to:',
			'Promote models for creating economic value for the public benefit; and',
			'Promote the principles in public discourse.',
			'keep the web open',
			'It stays open to all.',
			'Browsers',
			'Firefox is a browser.'
		].join('\n\n');
		const { article } = draftAndLoad({ text });
		expect(article.sections.map((s) => s.title)).toEqual(['Pledge', 'Browsers']);
		expect(paragraphsOf(article).map((p) => p.text)).toContain(
			'Promote models for creating economic value for the public benefit; and'
		);
		expect(paragraphsOf(article).map((p) => p.text)).toContain('keep the web open');
	});

	it('reads Markdown headings, paragraphs and list items as text', () => {
		const markdown =
			'# Rivers\n\nIntro with **bold** and a [link](https://example.org).\n\n## Flow\n\n- A listed line\n';
		const { article } = draftAndLoad({ text: markdown, format: 'markdown', title: undefined });
		expect(article.sections.map((s) => s.id)).toEqual(['introduction', 'flow']);
		expect(paragraphsOf(article).map((p) => p.text)).toEqual([
			'Intro with bold and a link.',
			'A listed line'
		]);
	});
});

describe('a text that cannot be drafted', () => {
	it('is refused with what to change', () => {
		expect(() => draftArticle({ id: 'Bad Id', text: 'x', format: 'text', source: 's' })).toThrow(
			/lower-case words joined by hyphens/
		);
		expect(() =>
			draftArticle({ id: 'a', text: 'Some text.', format: 'text', source: 's' })
		).toThrow(/no title .* --title/);
		expect(() =>
			draftArticle({ id: 'a', text: 'x.', format: 'text', source: 's', title: 't', date: 'May' })
		).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
	});
});

describe('drafting any text', () => {
	const words = fc.constantFrom(
		'the',
		'In',
		'2013',
		'May',
		'24',
		'1,200',
		'people',
		'Paris',
		'(UN)',
		'United',
		'Nations',
		'"quoted"',
		'*star*',
		'_under_',
		'#',
		'-',
		'1.',
		'{#p1}',
		'[1]',
		'é',
		'’s',
		'&amp;',
		'<b>',
		'%',
		'$5',
		'.'
	);
	const paragraph = fc.array(words, { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
	const text = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((p) => p.join('\n\n'));

	it('gives a folder that validates as it is, keeping every paragraph word for word', () => {
		fc.assert(
			fc.property(fc.oneof(text, fc.string({ maxLength: 200 })), (input) => {
				let result;
				try {
					result = draftAndLoad({ text: input });
				} catch (error) {
					expect(error).toBeInstanceOf(DraftError);
					return;
				}
				const { article } = result;
				const chunks = normalizeInput(input)
					.split(/\n\s*\n/)
					.map((chunk) => chunk.replace(/\s+/g, ' ').trim())
					.filter(Boolean);
				const shown = article.sections.flatMap((s) => [
					...(chunks.includes(s.title) ? [s.title] : []),
					...s.paragraphs.map((p) => p.text)
				]);
				expect(shown).toEqual(chunks);
			}),
			// A heading that slugs to a paragraph's id once made two sections share it.
			{ numRuns: 40, examples: [['{#p1}\n\n&amp;\n\nthe']] }
		);
	}, 120_000);
});

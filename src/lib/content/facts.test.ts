import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { loadCorpus, type ContentFile } from './corpus.ts';
import { ContentError, formatProblem } from './problems.ts';
import { answerOccurrences } from './facts.ts';
import { buildBank } from '../questions/bank.ts';

const valid = readContentFiles(VALID_FIXTURE);

/** The valid fixture with its facts.yaml (or article.md) replaced. */
function withFile(name: string, text: string): ContentFile[] {
	return valid.map((file) => (file.path === `niger-river/${name}` ? { ...file, text } : file));
}

const facts = valid.find((file) => file.path === 'niger-river/facts.yaml')!.text;

describe('where an answer occurs in a statement', () => {
	it('finds it whatever its capitals', () => {
		expect(answerOccurrences('The guinea highlands', 'Guinea Highlands')).toHaveLength(1);
	});

	it('counts a number only where it stands whole', () => {
		expect(answerOccurrences('In 2020, 20 boats and 1,200 nets', '20').map((m) => m.index)).toEqual(
			[9]
		);
		expect(answerOccurrences('It is 4,180 km long', '180')).toEqual([]);
		expect(answerOccurrences('about 39% of 1939', '39%')).toHaveLength(1);
	});
});

describe('draft facts', () => {
	const draft = [
		'- id: nine-countries',
		'  draft: true',
		'  kind: number',
		'  answer: { text: nine, value: 9, unit: countries }',
		'  quote: brings together the nine countries of the basin',
		'  paragraph: p6'
	].join('\n');

	it('need only a quote, paragraph, kind and answer, and stay out of the decks', () => {
		const corpus = loadCorpus(withFile('facts.yaml', `${facts}\n${draft}\n`));
		expect(corpus.articles[0].facts.map((f) => f.id)).not.toContain('nine-countries');
		expect(corpus.drafts).toEqual([
			{ article: 'niger-river', title: 'The Niger River in brief', drafts: 1, published: 12 }
		]);
	});

	it('keep an article whose facts are all drafts off the site, and say so', () => {
		const corpus = loadCorpus(withFile('facts.yaml', `${draft}\n`));
		expect(corpus.articles).toEqual([]);
		expect(corpus.drafts).toEqual([
			{ article: 'niger-river', title: 'The Niger River in brief', drafts: 1, published: 0 }
		]);
	});

	it('are checked against the article like any fact', () => {
		const wrong = draft.replace('the nine countries', 'all nine countries');
		expect(() => loadCorpus(withFile('facts.yaml', wrong))).toThrow(
			/facts\.yaml:5: fact nine-countries: quote not found verbatim in paragraph p6/
		);
	});
});

describe('the front matter', () => {
	it('takes an author, a date and a licence', () => {
		const article = valid.find((file) => file.path === 'niger-river/article.md')!.text;
		const front = article.replace(
			'source: ',
			'author: Ada Author\ndate: 2021\nlicence: CC BY-SA 4.0\nsource: '
		);
		const { article: loaded } = loadCorpus(withFile('article.md', front)).articles[0];
		expect([loaded.author, loaded.date, loaded.licence]).toEqual([
			'Ada Author',
			'2021',
			'CC BY-SA 4.0'
		]);
	});
});

describe('facts kept apart', () => {
	const withApart = (apart: string) =>
		withFile(
			'facts.yaml',
			facts.replace('- id: niger-source\n', `- id: niger-source\n  apart: [${apart}]\n`)
		);
	const problems = (apart: string) => {
		try {
			loadCorpus(withApart(apart));
			return [];
		} catch (error) {
			return (error as ContentError).problems.map(formatProblem);
		}
	};

	it('keeps two facts an author names out of one quiz while the deck has others', () => {
		const beside = (content: ReturnType<typeof loadCorpus>['articles'][number]) =>
			buildBank(content)
				.questions.filter((q) => q.facts.length === 1 && q.facts[0] === 'nba-members')
				.map((q) => [...(q.near ?? []), ...(q.reveals ?? [])].includes('niger-source'));
		expect(beside(loadCorpus(valid).articles[0])).not.toContain(true);
		const kept = beside(loadCorpus(withApart('nba-members')).articles[0]);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept).not.toContain(false);
	});

	it('refuses an id that is no fact of the article, or the fact itself, at its line', () => {
		expect(problems('niger-lenght')).toEqual([
			expect.stringMatching(
				/^niger-river\/facts\.yaml:\d+: fact niger-source: apart names "niger-lenght", which is no fact of this article$/
			)
		]);
		expect(problems('niger-source')).toEqual([
			expect.stringContaining('fact niger-source: apart names the fact itself')
		]);
	});
});

describe('a date answer', () => {
	const dated = (answer: string, extra = '') =>
		[
			'- id: mungo-park-day',
			'  kind: date',
			'  prompt: When did Mungo Park reach the Niger at Ségou?',
			`  statement: Mungo Park reached the Niger at Ségou on ${answer}.`,
			`  answer: { text: "${answer}"${extra} }`,
			'  quote: reached the river at Ségou in 1796',
			'  paragraph: p4',
			'  attribution: article',
			'  tags: [history]'
		].join('\n');
	const load = (answer: string, extra = '') =>
		loadCorpus(
			withFile('facts.yaml', `${facts}\n${dated(answer, extra)}\n`)
		).articles[0].facts.find((f) => f.id === 'mungo-park-day')!;
	const problems = (answer: string, extra = '') => {
		try {
			load(answer, extra);
			return [];
		} catch (error) {
			return (error as ContentError).problems.map(formatProblem);
		}
	};

	it('gives the fact its date when the author leaves answer.date out', () => {
		expect(load('20 July 1796').answer.date).toBe('1796-07-20');
		expect(load('July 20, 1796').answer.date).toBe('1796-07-20');
		expect(load('July 1796').answer.date).toBe('1796-07');
		expect(load('1796-07-20').answer.date).toBe('1796-07-20');
		expect(load('the early 1790s').answer.date).toBe('1790');
		expect(load('1795–1797').answer.date).toBe('1795');
		expect(load('the 18th century').answer.date).toBe('1701');
	});

	it('takes an answer.date that agrees with the answer', () => {
		expect(load('the late 1790s', ', date: "1796"').answer.date).toBe('1796');
		expect(load('20 July', ', date: "1796-07-20"').answer.date).toBe('1796-07-20');
	});

	it('refuses an answer.date that says another day than the answer, at its line', () => {
		expect(problems('20 July 1796', ', date: "1796-07-21"')).toEqual([
			expect.stringMatching(
				/^niger-river\/facts\.yaml:\d+: fact mungo-park-day: answer\.date 1796-07-21 is not the date the answer says \("20 July 1796"\)/
			)
		]);
	});

	it('asks for the year of a day and month, and for the date of a text it cannot read', () => {
		expect(problems('20 July')).toEqual([
			expect.stringContaining('"20 July" names no year, so write the date in full')
		]);
		expect(problems('midsummer')).toEqual([
			expect.stringContaining('a date fact needs answer.date (YYYY, YYYY-MM or YYYY-MM-DD)')
		]);
	});
});

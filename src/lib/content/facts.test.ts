import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { loadCorpus, type ContentFile } from './corpus.ts';
import { answerOccurrences } from './facts.ts';

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
			{ article: 'niger-river', title: 'The Niger River in brief', drafts: 1, published: 13 }
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

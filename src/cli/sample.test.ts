import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/content/corpus.ts';
import { readContentFiles } from '../node/content-files.ts';
import { VALID_FIXTURE } from '../node/fixture-content.ts';
import { runSample } from './sample.ts';
import { UsageError } from './usage-error.ts';

const corpus = loadCorpus(readContentFiles(VALID_FIXTURE));
const rows = (sheet: string) => sheet.split('\n').filter((line) => /^\| \d+ \|/.test(line));

describe('the review sheet', () => {
	it('lists the questions drawn, each with its fact, quote, paragraph and a verdict to fill in', () => {
		const sheet = runSample(corpus, { deck: 'niger-river/all', seed: '3', count: '5' });
		expect(rows(sheet)).toHaveLength(5);
		expect(sheet.match(/^## \d+\. /gm)).toHaveLength(5);
		expect(
			sheet.match(/^\*\*Shown after answering:\*\* “.+” \(the article.*, p\d+\)/gm)?.length
		).toBeGreaterThanOrEqual(5);
		expect(
			sheet.match(/^\*\*Paragraph\*\* \(context, not shown\): \S/gm)?.length
		).toBeGreaterThanOrEqual(5);
		expect(sheet.match(/^\*\*Verdict:\*\*$/gm)).toHaveLength(5);
		expect(sheet).toContain('--deck niger-river/all --seed 3 --count 5');
	});

	it('shows the other answers a typed question accepts, so a reviewer can judge its grading', () => {
		const sheet = runSample(corpus, { deck: 'niger-river/all', seed: '1', count: '40' });
		const typed = sheet
			.split(/^## /m)
			.filter((block) => /^\d+\. (?:typed|cloze): /.test(block) && !block.includes('**Options:**'));
		expect(typed.length).toBeGreaterThan(0);
		expect(typed.some((block) => /^\*\*Also accepted:\*\* \S/m.test(block))).toBe(true);
		expect(sheet).not.toMatch(/^\*\*Also accepted:\*\* $/m);
	});

	it('draws the sheet as successive quizzes of the size asked, with no fact twice', () => {
		const sheet = runSample(corpus, { deck: 'niger-river/all', seed: '2', count: '9', quiz: '4' });
		const quizzes = rows(sheet).map((row) => row.split('|')[2].trim());
		expect(quizzes).toEqual(['1', '1', '1', '1', '2', '2', '2', '2', '3']);
		const facts = rows(sheet).map((row) => /`niger-river\/([^:`]+)/.exec(row)![1]);
		expect(new Set(facts).size).toBe(facts.length);
		expect(sheet).toContain('--count 9 --quiz 4');
	});

	it('draws the same sheet for the same seed and another for another seed', () => {
		const sheet = (seed: string) =>
			runSample(corpus, { deck: 'niger-river/all', seed, count: '6' });
		expect(sheet('4')).toBe(sheet('4'));
		expect(rows(sheet('4'))).not.toEqual(rows(sheet('5')));
	});

	it('refuses an unknown deck and a count that is not a whole number, naming the decks', () => {
		expect(() => runSample(corpus, { deck: 'niger-river/nope' })).toThrow(
			/decks: niger-river\/all/
		);
		expect(() => runSample(corpus, { deck: 'niger-river/all', count: 'ten' })).toThrow(UsageError);
		expect(() => runSample(corpus, {})).toThrow(/--deck/);
	});
});

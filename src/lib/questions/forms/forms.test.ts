import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../content/corpus.ts';
import { QUESTION_FORMS } from '../../content/kinds.ts';
import { readContentFiles } from '../../../node/content-files.ts';
import { VALID_FIXTURE } from '../../../node/fixture-content.ts';
import { buildBank } from '../bank.ts';
import { checkContext, checkQuestion } from '../checks.ts';
import { decodeResponse, encodeResponse, grade, responseFromKey, stemOf } from '../grade.ts';
import type { ClozeQuestion, Question, Response } from '../types.ts';
import { BLANK, clozePassage, clozeText, inShortAside, opensPointingBack } from './cloze.ts';
import { FORMS } from './index.ts';

const fixture = loadCorpus(readContentFiles(VALID_FIXTURE)).articles[0];
const bank = buildBank(fixture);
const find = <Q extends Question>(id: string) =>
	bank.questions.find((q) => q.id === `niger-river/${id}`) as Q;

/** The cloze on Mungo Park's year, built with the fixture's paragraph p4 rewritten as `text`. */
function mungoParkClozeWith(text: string): ClozeQuestion | undefined {
	const rewritten = {
		...fixture,
		article: {
			...fixture.article,
			sections: fixture.article.sections.map((section) => ({
				...section,
				paragraphs: section.paragraphs.map((p) => (p.id === 'p4' ? { ...p, text } : p))
			}))
		}
	};
	return buildBank(rewritten).questions.find(
		(q) => q.id === 'niger-river/mungo-park-year:cloze'
	) as ClozeQuestion | undefined;
}

/** Any response of each form, as a learner or a stored document could give it. */
const responses: Record<Question['form'], fc.Arbitrary<Response>> = {
	choice: fc.nat({ max: 5 }).map((option) => ({ form: 'choice', option })),
	'true-false': fc.boolean().map((value) => ({ form: 'true-false', value })),
	typed: fc.string({ maxLength: 60 }).map((text) => ({ form: 'typed', text })),
	numeric: fc.string({ maxLength: 60 }).map((text) => ({ form: 'numeric', text })),
	order: fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }).map((order) => ({
		form: 'order',
		order
	})),
	match: fc
		.array(fc.option(fc.nat({ max: 5 }), { nil: null }), { maxLength: 6 })
		.map((pairs) => ({ form: 'match', pairs })),
	cloze: fc.string({ maxLength: 60 }).map((text) => ({ form: 'cloze', text }))
};

describe('the question forms', () => {
	it('has one module per form, each named for its form', () => {
		expect(Object.keys(FORMS).sort()).toEqual([...QUESTION_FORMS].sort());
		for (const form of QUESTION_FORMS) expect(FORMS[form].form).toBe(form);
	});

	it('stores every response so that reading it back gives the same response', () => {
		for (const form of QUESTION_FORMS)
			fc.assert(
				fc.property(responses[form], (response) => {
					expect(decodeResponse(form, encodeResponse(response))).toEqual(response);
				}),
				{ numRuns: 200 }
			);
	});

	it('refuses a stored value of another form’s shape', () => {
		expect(decodeResponse('choice', 'Bamako')).toBeUndefined();
		expect(decodeResponse('true-false', 1)).toBeUndefined();
		expect(decodeResponse('typed', 7)).toBeUndefined();
		expect(decodeResponse('cloze', 'x'.repeat(501))).toBeUndefined();
		expect(decodeResponse('order', [1, 2])).toBeUndefined();
		expect(decodeResponse('match', ['a'])).toBeUndefined();
	});

	it('takes the keys a learner presses on the forms that have keys', () => {
		const choice = find<Question>('mungo-park:choice');
		expect(responseFromKey(choice, '2')).toEqual({ form: 'choice', option: 1 });
		expect(responseFromKey(choice, 'C')).toEqual({ form: 'choice', option: 2 });
		expect(responseFromKey(choice, 'Enter')).toBeUndefined();
		const tf = find<Question>('mungo-park:true-false:true');
		expect(responseFromKey(tf, 't')).toEqual({ form: 'true-false', value: true });
		expect(responseFromKey(tf, '2')).toEqual({ form: 'true-false', value: false });
		expect(responseFromKey(find<Question>('mungo-park:typed'), 'a')).toBeUndefined();
	});
});

describe('fill in the blank', () => {
	const year = find<ClozeQuestion>('mungo-park-year:cloze');

	it('blanks the fact’s answer in the article’s own sentence', () => {
		expect(clozeText(year)).toBe(
			`The Scottish explorer Mungo Park reached the river at Ségou in ${BLANK}.`
		);
		expect(stemOf(year)).toBe(clozeText(year));
		expect(year.answer).toEqual({ text: '1796', aliases: [], value: 1796 });
		expect(year.options).toBeUndefined();
	});

	it('accepts the blank’s words, its aliases and its number however written', () => {
		expect(grade(year, { form: 'cloze', text: '1796' }).correct).toBe(true);
		expect(grade(year, { form: 'cloze', text: '1797' }).correct).toBe(false);
		const area = find<ClozeQuestion>('office-du-niger-area:cloze');
		expect(area.answer.text).toBe('100,000');
		expect(grade(area, { form: 'cloze', text: '100000' }).correct).toBe(true);
		expect(grade(area, { form: 'cloze', text: '100 000 hectares' }).correct).toBe(true);
		expect(grade(area, { form: 'cloze', text: '10,000' }).correct).toBe(false);
		const park = find<ClozeQuestion>('mungo-park:cloze');
		expect(grade(park, { form: 'cloze', text: 'mungo park' }).match).toBe('exact');
		expect(grade(park, { form: 'cloze', text: 'Park' }).match).toBe('alias');
		expect(grade(park, { form: 'cloze', text: 'Mungo Prak' }).match).toBe('typo');
	});

	it('passes every question check on the fixture', () => {
		const clozes = bank.questions.filter((q) => q.form === 'cloze');
		expect(clozes.length).toBeGreaterThan(3);
		const ctx = checkContext(fixture.facts, fixture.article, fixture.distractors);
		for (const q of clozes) expect(checkQuestion(q, ctx)).toEqual([]);
	});

	it('fails its checks when the sentence still says the answer', () => {
		const leaky = { ...year, after: ', the year 1796.' };
		expect(checkQuestion(leaky, fixture.facts).map((f) => f.check)).toContain('no-leak');
	});

	it('fails its checks when the sentence names one of its wrong options', () => {
		const options = ['Ségou', 'Mopti', 'Gao', '1796'];
		const named = { ...year, options };
		expect(checkQuestion(named, fixture.facts).map((f) => f.check)).toContain('no-giveaway');
	});

	it('cuts a long sentence to the clauses around the blank, marking the cuts', () => {
		const sentence =
			'In the long dry season, when the river is low, farmers along the banks grow rice, millet and sorghum, and herders cross with their cattle, which have grazed far to the north since the rains ended in the region of Timbuktu and Gao, until the water rises again.';
		const at = sentence.indexOf('Timbuktu');
		const passage = clozePassage(sentence, at, 'Timbuktu'.length);
		expect(passage.text.slice(passage.at, passage.at + 8)).toBe('Timbuktu');
		expect(passage.text.startsWith('…')).toBe(true);
		expect(passage.text.split(/\s+/).length).toBeLessThan(sentence.split(/\s+/).length);
		expect(sentence).toContain(passage.text.replace(/^…|…$/g, ''));
	});

	it('tells a sentence that opens on what came before from one that names its subject', () => {
		for (const opener of [
			'It was not more than a limited victory.',
			'These conditions have prompted millions to protest.',
			'The team, which was set up last year, trains the army.',
			'Its waters rise in August.'
		])
			expect(opensPointingBack(opener), opener).toBe(true);
		for (const opener of [
			'It is expected that Takuba will play a role.',
			'The Scottish explorer Mungo Park reached the river.',
			'Itineraries crossed the river at Ségou.',
			'Mali lies on the river.'
		])
			expect(opensPointingBack(opener), opener).toBe(false);
	});

	it('shows a sentence that opens on "he" or "it" with the sentence before it, and leaves it out when there is none', () => {
		const named = 'The Scottish explorer Mungo Park travelled inland from the Gambia for months.';
		const twoSentences = mungoParkClozeWith(`${named} He reached the river at Ségou in 1796.`);
		expect(twoSentences && clozeText(twoSentences)).toBe(
			`${named} He reached the river at Ségou in ${BLANK}.`
		);
		expect(
			mungoParkClozeWith('He reached the river at Ségou in 1796, far inland.')
		).toBeUndefined();
	});

	it('ends a date’s passage at the blank when the next clause tells the date by another event', () => {
		const told = mungoParkClozeWith(
			'The Scottish explorer Mungo Park reached the river at Ségou in 1796, when the French Revolution was seven years old.'
		);
		expect(told && clozeText(told)).toBe(
			`The Scottish explorer Mungo Park reached the river at Ségou in ${BLANK}…`
		);
		const untold = mungoParkClozeWith(
			'The Scottish explorer Mungo Park reached the river at Ségou in 1796, after months on foot.'
		);
		expect(untold && clozeText(untold)).toBe(
			`The Scottish explorer Mungo Park reached the river at Ségou in ${BLANK}, after months on foot.`
		);
	});

	it('leaves out a blank that is only an aside in brackets', () => {
		const paragraph = fixture.article.sections
			.flatMap((section) => section.paragraphs)
			.find((p) => p.id === 'p4')!;
		const aside = {
			...fixture,
			article: {
				...fixture.article,
				sections: fixture.article.sections.map((section) => ({
					...section,
					paragraphs: section.paragraphs.map((p) =>
						p === paragraph
							? {
									...p,
									text: 'The Scottish explorer Mungo Park reached the river at Ségou in the last years of the century (1796), far inland.'
								}
							: p
					)
				}))
			},
			facts: fixture.facts.map((f) =>
				f.id === 'mungo-park-year'
					? { ...f, quote: 'Ségou in the last years of the century (1796)' }
					: f
			)
		};
		const ids = buildBank(aside).questions.map((q) => q.id);
		expect(ids).toContain('niger-river/mungo-park-year:choice');
		expect(ids).not.toContain('niger-river/mungo-park-year:cloze');
	});

	it('tells a figure in a short aside in brackets from one in a long bracketed clause', () => {
		const short = 'They paid 6 billion francs (about 10 million dollars) to the company.';
		expect(inShortAside(short, short.indexOf('10 million'), '10 million dollars'.length)).toBe(
			true
		);
		const long =
			'The militants (mostly from the group based in the north of the region since 2012) attacked.';
		expect(inShortAside(long, long.indexOf('2012'), 4)).toBe(false);
		const plain = 'They paid 6 billion francs to the company.';
		expect(inShortAside(plain, plain.indexOf('6 billion'), 9)).toBe(false);
	});

	it('keeps the clause before a cut clause that opens on "which" or "it", so the blank reads on its own', () => {
		const sentence =
			'In the long dry season, when the river is low and the rains have ended in the north, the herders of the inner delta drive their cattle to the pastures of the south, which they leave only when the water rises again in the month of Timbuktu’s great fair, the biggest of the year.';
		const at = sentence.indexOf('Timbuktu');
		const passage = clozePassage(sentence, at, 'Timbuktu'.length);
		expect(passage.text.slice(passage.at, passage.at + 8)).toBe('Timbuktu');
		expect(passage.text).toMatch(/the herders of the inner delta drive their cattle/);
	});

	it('keeps the subject of a cut clause that opens on its verb ("…, is to reduce")', () => {
		const sentence =
			'The plan, which the governor of the region announced at the end of the long dry season last year, is to move the market of Timbuktu to the river bank, to be done over two years, and to build new roads and wells for the herders who come to it every week.';
		const at = sentence.indexOf('Timbuktu');
		const passage = clozePassage(sentence, at, 'Timbuktu'.length);
		expect(passage.text.slice(passage.at, passage.at + 8)).toBe('Timbuktu');
		expect(passage.text.startsWith('The plan,')).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import type { ArticleContent } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { buildBank } from './bank.ts';
import {
	checkBank,
	checkContext,
	checkQuestion,
	positionSpreadPValue,
	type Failure
} from './checks.ts';
import { buildDecks } from './decks.ts';
import { determinerCue } from './forms/choice.ts';
import type {
	ChoiceQuestion,
	NumericQuestion,
	OrderQuestion,
	Question,
	TrueFalseQuestion,
	TypedQuestion
} from './types.ts';

const content = loadCorpus(readContentFiles(VALID_FIXTURE)).articles[0];
const facts = content.facts;
const bank = buildBank(content);
const find = <T extends Question>(id: string) =>
	bank.questions.find((q) => q.id === `niger-river/${id}`) as T;
const checksOf = (q: Question, all: Fact[] = facts) =>
	checkQuestion(q, checkContext(all, content.article, content.distractors)).map((f) => f.check);

const choice = find<ChoiceQuestion>('mungo-park:choice');
const length = find<ChoiceQuestion>('niger-length:choice');

/** A two-event timeline of the fixture, its second event labelled as given. */
const timeline = (second = 'Office du Niger started'): OrderQuestion => ({
	...choice,
	id: 'niger-river/timeline:order:test',
	form: 'order',
	facts: ['mungo-park-year', 'office-du-niger-year'],
	prompt: 'Put these in order, earliest first.',
	items: [
		{
			fact: 'mungo-park-year',
			label: 'Mungo Park first reaches Ségou',
			when: '1796',
			date: '1796'
		},
		{ fact: 'office-du-niger-year', label: second, when: '1932', date: '1932' }
	],
	answer: ['mungo-park-year', 'office-du-niger-year']
});

describe('question checks', () => {
	it('pass the generated questions of the fixture', () => {
		const ctx = checkContext(facts, content.article, content.distractors);
		expect(bank.questions.flatMap((q) => checkQuestion(q, ctx))).toEqual([]);
	});

	it('catch a marked option that is not the fact’s answer (grounded)', () => {
		const bad = { ...choice, answer: (choice.answer + 1) % choice.options.length };
		expect(checksOf(bad)).toContain('grounded');
	});

	it('catch an answer its quote does not hold (grounded)', () => {
		const moved = facts.map((f) =>
			f.id === 'mungo-park' ? { ...f, quote: 'The Scottish explorer' } : f
		);
		expect(checksOf(choice, moved)).toContain('grounded');
	});

	it('catch a stem that gives the answer away (no-leak)', () => {
		expect(checksOf({ ...choice, prompt: 'Mungo Park was which Scottish explorer?' })).toContain(
			'no-leak'
		);
	});

	it('catch an order label that tells its place, as "the latest coup" does (no-leak)', () => {
		expect(checksOf(timeline())).not.toContain('no-leak');
		expect(checksOf(timeline('The latest scheme on the river'))).toContain('no-leak');
	});

	it('catch a second option that is also right (one-correct)', () => {
		const options = [...choice.options];
		options[(choice.answer + 1) % options.length] = 'Park';
		expect(checksOf({ ...choice, options })).toContain('one-correct');
	});

	it('catch a false statement whose swapped value is the answer (one-correct)', () => {
		const tf = find<TrueFalseQuestion>('mungo-park:true-false:false');
		expect(checksOf({ ...tf, swap: { from: 'Mungo Park', to: 'Park' } })).toContain('one-correct');
	});

	it('catch repeated or nested options (distinct-options)', () => {
		const options = [...length.options];
		const wrong = options.findIndex((_, i) => i !== length.answer);
		const other = options.findIndex((_, i) => i !== length.answer && i !== wrong);
		options[other] = options[wrong];
		expect(checksOf({ ...length, options })).toContain('distinct-options');
	});

	it('catch a distractor of another kind (distractor-kind)', () => {
		const options = [...choice.options];
		options[(choice.answer + 1) % options.length] = 'Gulf of Guinea';
		expect(checksOf({ ...choice, options })).toContain('distractor-kind');
	});

	it('catch a number distractor written differently (distractor-kind)', () => {
		const options = [...length.options];
		options[(length.answer + 1) % options.length] = '3900';
		expect(checksOf({ ...length, options })).toContain('distractor-kind');
	});

	it('catch a number written unlike the answer even when its author wrote it (distractor-kind)', () => {
		const authoring = (id: string, option: string) =>
			facts.map((f) =>
				f.id === id ? { ...f, answer: { ...f.answer, distractors: [option] } } : f
			);
		const options = [...length.options];
		options[(length.answer + 1) % options.length] = '3900';
		expect(checksOf({ ...length, options }, authoring('niger-length', '3900'))).toContain(
			'distractor-kind'
		);
		const words = find<ChoiceQuestion>('nba-members:choice');
		const wordOptions = [...words.options];
		wordOptions[(words.answer + 1) % wordOptions.length] = '12';
		expect(checksOf({ ...words, options: wordOptions }, authoring('nba-members', '12'))).toContain(
			'distractor-kind'
		);
		expect(checksOf(words)).not.toContain('distractor-kind');
	});

	it('catch an answer that stands out by its length (no-giveaway)', () => {
		const options = ['Ab', 'Cd', 'Ef', 'Mungo Park'];
		expect(checksOf({ ...choice, options, answer: 3 })).toContain('no-giveaway');
	});

	it('catch a claim whose stem does not name its source (attributed)', () => {
		const tweet = facts.map((f) =>
			f.id === 'mungo-park' ? { ...f, attribution: 'Royal Geographical Society' } : f
		);
		expect(checksOf(choice, tweet)).toContain('attributed');
	});
});

describe('wording and form checks', () => {
	const ctx = checkContext(facts, content.article, content.distractors);
	const failing = (q: Question, c = ctx) => checkQuestion(q, c).map((f) => f.check);
	const trueStatement = find<TrueFalseQuestion>('mungo-park:true-false:true');

	it('catch a true statement that repeats seven words of its paragraph (paraphrased)', () => {
		const copied = {
			...trueStatement,
			statement: 'The Scottish explorer Mungo Park reached the river at Ségou in 1796.'
		};
		expect(failing(copied)).toContain('paraphrased');
		expect(failing(trueStatement)).not.toContain('paraphrased');
	});

	it('catch a swap that leaves a place statement arguable, or swaps in a value the paragraph says (safe-false)', () => {
		const place = find<TrueFalseQuestion>('niger-source:true-false:true');
		const swapped = {
			...place,
			answer: false,
			statement: 'The Niger rises in the Inner Niger Delta.',
			swap: { from: 'Guinea Highlands', to: 'Inner Niger Delta' },
			correction: undefined
		};
		expect(failing(swapped)).toContain('safe-false');
		const said = {
			...trueStatement,
			answer: false,
			statement: 'The Scottish explorer Ségou reached the Niger at Ségou.',
			swap: { from: 'Mungo Park', to: 'Ségou' }
		};
		expect(failing(said)).toContain('safe-false');
	});

	it('catch an acronym and its expansion on the two sides of a question (initials)', () => {
		const spelled = {
			...choice,
			prompt: 'What does the acronym NBA stand for?',
			options: [
				'Niger Basin Authority',
				'Volta River Authority',
				'Lake Chad Commission',
				'Mano River Union'
			],
			answer: 0
		};
		expect(failing(spelled)).toContain('initials');
		expect(failing(choice)).not.toContain('initials');
	});

	it('catch a stem that shares a word with the key and none of the wrong options (shared-words)', () => {
		const echo = {
			...choice,
			prompt: 'Which explorer of Scotland, a Park, reached the river?',
			options: ['Mungo Park', 'René Caillié', 'Heinrich Barth', 'Alexander Laing'],
			answer: 0
		};
		expect(failing(echo)).toContain('shared-words');
		const shared = {
			...echo,
			options: ['Mungo Park', 'Park Caillié', 'Heinrich Barth', 'Alexander Laing']
		};
		expect(failing(shared)).not.toContain('shared-words');
	});

	it('catch numbers offered out of order (parallel-options)', () => {
		const shuffled = { ...length, options: ['4,180', '3,900', '4,600', '2,800'], answer: 0 };
		expect(failing(shuffled)).toContain('parallel-options');
		const sorted = { ...length, options: ['2,800', '3,900', '4,180', '4,600'], answer: 2 };
		expect(failing(sorted)).not.toContain('parallel-options');
	});

	it('catch amounts and lengths of time offered out of order, from a handful to thousands and from days to a decade (parallel-options)', () => {
		const amounts = {
			...length,
			options: ['dozens', 'a handful', 'thousands', 'hundreds'],
			answer: 3
		};
		expect(failing(amounts)).toContain('parallel-options');
		const scale = {
			...length,
			options: ['a handful', 'dozens', 'hundreds', 'thousands'],
			answer: 2
		};
		expect(failing(scale)).not.toContain('parallel-options');
		const times = {
			...length,
			options: ['a few weeks', 'a few days', 'a decade', 'two years'],
			answer: 0
		};
		expect(failing(times)).toContain('parallel-options');
	});

	it('catch a wrong option that opens unlike the key in the key’s sentence, but not amounts or names (no-giveaway)', () => {
		expect(
			determinerCue(
				['a marginal partner', 'its oldest ally', 'its main rival'],
				'a marginal partner'
			)
		).toMatch(/its oldest ally/);
		expect(
			determinerCue(['diplomatic disputes', 'its grain exports'], 'diplomatic disputes')
		).toMatch(/determiner the answer lacks/);
		expect(
			determinerCue(['a minor partner', 'a key ally', 'an old rival'], 'a minor partner')
		).toBeUndefined();
		expect(determinerCue(['hundreds', 'a handful', 'dozens'], 'hundreds')).toBeUndefined();
		expect(determinerCue(['The Economist', 'Foreign Policy'], 'Foreign Policy')).toBeUndefined();
	});

	it('catch a negative stem and an absolute statement (negative-stem)', () => {
		expect(failing({ ...choice, prompt: 'Which explorer did not reach Ségou?' })).toContain(
			'negative-stem'
		);
		expect(
			failing({ ...trueStatement, statement: 'Mungo Park always reached the Niger at Ségou.' })
		).toContain('negative-stem');
	});

	it('catch a number asked without its unit, a proportion typed as a number, a long typed answer and an undated timeline item (form-fits)', () => {
		const numeric = find<NumericQuestion>('niger-length:numeric');
		expect(failing({ ...numeric, answer: { ...numeric.answer, unit: undefined } })).toContain(
			'form-fits'
		);
		expect(
			failing({ ...numeric, answer: { ...numeric.answer, text: 'half', value: 0.5 } })
		).toContain('form-fits');
		expect(
			failing({ ...numeric, answer: { ...numeric.answer, text: 'fivefold', value: 5 } })
		).toContain('form-fits');
		const typed = find<TypedQuestion>('mungo-park:typed');
		expect(failing({ ...typed, answer: { text: 'Mungo Park 1796', aliases: [] } })).toContain(
			'form-fits'
		);
		const order = timeline();
		const undated = {
			...order,
			items: order.items.map((item, i) => (i === 0 ? { ...item, when: 'long ago' } : item))
		};
		expect(failing(undated)).toContain('form-fits');
		expect(failing(order)).not.toContain('form-fits');
	});
});

describe('bank checks', () => {
	const decks = buildDecks(content, bank);
	const names = (failures: Failure[]) => failures.map((f) => f.check);

	it('pass the fixture bank', () => {
		expect(checkBank(content, bank, decks)).toEqual([]);
	});

	it('catch true/false statements that are mostly true', () => {
		const lopsided = {
			...bank,
			questions: bank.questions.filter((q) => !(q.form === 'true-false' && !q.answer))
		};
		expect(names(checkBank(content, lopsided, decks))).toContain('true-false-balance');
	});

	it('catch correct options that always sit in the same place', () => {
		const clustered = Array.from({ length: 40 }, (_, i) => ({ ...choice, id: `q${i}`, answer: 0 }));
		expect(positionSpreadPValue(clustered)).toBeLessThan(0.05);
		const spread = Array.from({ length: 40 }, (_, i) => ({
			...choice,
			id: `q${i}`,
			answer: i % 4
		}));
		expect(positionSpreadPValue(spread)).toBeGreaterThan(0.05);
		const tilted = { ...bank, questions: [...bank.questions, ...clustered] };
		expect(names(checkBank(content, tilted, decks))).toContain('position-spread');
	});

	it('tell apart two groups that share a prompt and a shuffle but hold other facts', () => {
		const group = (id: string, facts: string[]): Question => ({
			...choice,
			id,
			form: 'match',
			facts,
			set: 'roles',
			left: ['A', 'B'],
			right: ['C', 'D'],
			answer: [1, 0]
		});
		const twins = {
			...bank,
			questions: [
				...bank.questions,
				group('m1', ['mungo-park', 'nba-founded']),
				group('m2', ['niger-source', 'niger-mouth'])
			]
		};
		expect(names(checkBank(content, twins, decks))).not.toContain('no-duplicates');
	});

	it('catch a duplicated question', () => {
		const doubled = { ...bank, questions: [...bank.questions, { ...choice }] };
		expect(names(checkBank(content, doubled, decks))).toContain('no-duplicates');
	});

	it('catch a fact asked in only one form', () => {
		const thin = {
			...bank,
			questions: bank.questions.filter(
				(q) => !q.id.startsWith('niger-river/mungo-park:') || q.form === 'choice'
			)
		};
		expect(names(checkBank(content, thin, decks))).toContain('two-forms-per-fact');
	});

	it('catch a quiz that draws two questions where one shows the other’s answer (no-quiz-leak)', () => {
		const blind = { ...bank, questions: bank.questions.map((q) => ({ ...q, reveals: undefined })) };
		expect(names(checkBank(content, blind, decks))).toContain('no-quiz-leak');
	});

	it('catch a section with no deck of its own, and an empty deck', () => {
		const noSectionDecks: ArticleContent = {
			...content,
			decks: content.decks.filter((d) => d.id === 'all')
		};
		expect(names(checkBank(noSectionDecks, bank, decks))).toContain('deck-per-section');
		const narrowed: ArticleContent = {
			...content,
			decks: content.decks.map((d) =>
				d.id === 'the-river' ? { ...d, select: { ...d.select, forms: ['choice'] } } : d
			)
		};
		expect(
			checkBank(narrowed, bank, decks).filter((f) => f.check === 'deck-per-section')
		).toHaveLength(1);
		const empty = [...decks, { ...decks[0], key: 'niger-river/empty', questions: [] }];
		expect(names(checkBank(content, bank, empty))).toContain('no-empty-deck');
	});
});

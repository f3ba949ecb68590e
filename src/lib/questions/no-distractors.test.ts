import { describe, expect, it } from 'vitest';
import { loadCorpus, type ArticleContent } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { NO_DISTRACTORS_FIXTURE } from '../../node/fixture-content.ts';
import { buildBank } from './bank.ts';
import { checkBank, checkContext, checkQuestion } from './checks.ts';
import { buildDecks } from './decks.ts';
import { dateFormatOf, numberFormatOf } from './format.ts';
import { grade } from './grade.ts';
import { parseNumber } from './numbers.ts';
import { createRng } from './random.ts';
import { capitalOf, countryNamed } from './reference.ts';
import type { Question, TypedQuestion } from './types.ts';

const content = loadCorpus(readContentFiles(NO_DISTRACTORS_FIXTURE)).articles[0];
const mozilla = loadCorpus(readContentFiles('questions')).articles.find(
	(article) => article.article.id === 'mozilla'
)!;

/** The wrong options a question offers, with the fact it asks about. */
function wrongOptions(
	question: Question,
	article: ArticleContent = content
): { fact: Fact; options: string[] } | undefined {
	const fact = article.facts.find((f) => f.id === question.facts[0])!;
	if (question.form === 'choice')
		return { fact, options: question.options.filter((_, i) => i !== question.answer) };
	if (question.form === 'cloze' && question.options)
		return { fact, options: question.options.filter((o) => o !== question.answer.text) };
	return undefined;
}

/** Why an option is not of its fact's kind, told apart from how factdeck drew it. */
function otherKind(
	option: string,
	fact: Fact,
	article: ArticleContent = content
): string | undefined {
	const answers = (kind: string, category?: string) =>
		article.facts
			.filter((f) => f.kind === kind && (category === undefined || f.answer.category === category))
			.map((f) => f.answer.text);
	if (fact.kind === 'number') {
		const a = numberFormatOf(fact.answer.text)!;
		const o = numberFormatOf(option);
		if (parseNumber(option) === undefined || !o || o.prefix !== a.prefix || o.suffix !== a.suffix)
			return 'not a number written like the answer';
	} else if (fact.kind === 'date') {
		if (dateFormatOf(option) !== dateFormatOf(fact.answer.text)) return 'not a date of its form';
	} else if (countryNamed(fact.answer.text)) {
		if (!countryNamed(option)) return 'not a country';
	} else if (capitalOf(fact.answer.text)) {
		if (!capitalOf(option)) return 'not a capital';
	} else if (fact.kind === 'place') {
		if (countryNamed(option) || capitalOf(option)) return 'a country or a capital';
		if (!answers('place').includes(option)) return 'not a place of the article';
	} else if (!answers(fact.kind).includes(option)) return `not a ${fact.kind} of the article`;
	return undefined;
}

describe('an article whose facts carry no distractor written by hand', () => {
	it('has none to lean on: no authored distractor and no list of its own', () => {
		expect(content.facts.length).toBeGreaterThan(25);
		expect(content.facts.filter((f) => f.answer.distractors.length > 0)).toEqual([]);
		expect(content.distractors).toEqual({});
	});

	for (const seed of [undefined, 7, 1234])
		describe(seed === undefined ? 'built as the site builds it' : `built with seed ${seed}`, () => {
			const bank = buildBank(content, seed === undefined ? undefined : createRng(seed));
			const decks = buildDecks(content, bank);

			it('passes every question check and every bank check, in every deck', () => {
				const ctx = checkContext(content.facts, content.article, content.distractors);
				expect(bank.questions.flatMap((q) => checkQuestion(q, ctx))).toEqual([]);
				expect(checkBank(content, bank, decks)).toEqual([]);
				for (const deck of decks) expect(deck.questions.length, deck.id).toBeGreaterThan(0);
			});

			it('offers no wrong option of another kind', () => {
				const wrong: string[] = [];
				for (const question of bank.questions) {
					const offered = wrongOptions(question);
					if (!offered) continue;
					for (const option of offered.options) {
						const why = otherKind(option, offered.fact);
						if (why) wrong.push(`${question.id}: "${option}" is ${why}`);
					}
				}
				expect(wrong).toEqual([]);
			});

			it('asks most facts as multiple choice', () => {
				const asked = new Set(
					bank.questions.filter((q) => wrongOptions(q) !== undefined).map((q) => q.facts[0])
				);
				expect(asked.size / content.facts.length).toBeGreaterThan(0.9);
			});
		});

	it('accepts a country’s French name and a capital with its country when typed', () => {
		const bank = buildBank(content);
		const typed = (id: string) =>
			bank.questions.find((q) => q.id === `danube/${id}:typed`) as TypedQuestion;
		const answer = (id: string, text: string) => grade(typed(id), { form: 'typed', text }).correct;
		expect(answer('delta-country', 'Roumanie')).toBe(true);
		expect(answer('danube-source', 'Allemagne')).toBe(true);
		expect(answer('sava-confluence', 'Belgrade, Serbia')).toBe(true);
		expect(answer('commission-seat', 'Budapest, Hungary')).toBe(true);
		expect(answer('commission-seat', 'Vienna, Austria')).toBe(false);
	});
});

describe('the Mozilla article, published without a distractor written by hand', () => {
	it('has published facts, none of them with distractors of its own', () => {
		expect(mozilla.facts.length).toBeGreaterThan(40);
		expect(mozilla.facts.filter((f) => f.answer.distractors.length > 0)).toEqual([]);
	});

	for (const seed of [undefined, 7, 1234])
		describe(seed === undefined ? 'built as the site builds it' : `built with seed ${seed}`, () => {
			const bank = buildBank(mozilla, seed === undefined ? undefined : createRng(seed));
			const decks = buildDecks(mozilla, bank);

			it('passes every question check and every bank check, in every deck', () => {
				const ctx = checkContext(mozilla.facts, mozilla.article, mozilla.distractors);
				expect(bank.questions.flatMap((q) => checkQuestion(q, ctx))).toEqual([]);
				expect(checkBank(mozilla, bank, decks)).toEqual([]);
				for (const section of mozilla.article.sections)
					expect(
						decks.find((d) => d.id === section.id)?.questions.length,
						section.id
					).toBeGreaterThan(0);
			});

			it('offers no wrong option of another kind', () => {
				const wrong: string[] = [];
				for (const question of bank.questions) {
					const offered = wrongOptions(question, mozilla);
					if (!offered) continue;
					for (const option of offered.options) {
						const why = otherKind(option, offered.fact, mozilla);
						if (why) wrong.push(`${question.id}: "${option}" is ${why}`);
					}
				}
				expect(wrong).toEqual([]);
			});
		});
});

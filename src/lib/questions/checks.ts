import type { ArticleContent } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import type { Bank } from './bank.ts';
import { sectionDeck, type Deck } from './decks.ts';
import {
	answerForms,
	clashesWithAnswer,
	indexFacts,
	inKindPool,
	type DistractorIndex
} from './distractors.ts';
import { dateFormatOf, numberFormatOf } from './format.ts';
import { contains, normalize } from './grade.ts';
import { chiSquarePValue, chiSquareUniform } from './stats.ts';
import type { ChoiceQuestion, Question } from './types.ts';

/** The checks a question must pass, each by name. */
export const QUESTION_CHECKS = [
	'grounded',
	'no-leak',
	'one-correct',
	'distinct-options',
	'distractor-kind',
	'no-giveaway',
	'attributed'
] as const;

/** The checks a whole bank and its decks must pass. */
export const BANK_CHECKS = [
	'true-false-balance',
	'position-spread',
	'no-duplicates',
	'two-forms-per-fact',
	'deck-per-section',
	'no-empty-deck'
] as const;

export type QuestionCheck = (typeof QUESTION_CHECKS)[number];
export type BankCheck = (typeof BANK_CHECKS)[number];

/** One failed check: which, on what, and why. */
export interface Failure {
	check: QuestionCheck | BankCheck;
	subject: string;
	reason: string;
}

const ok = undefined;
type Result = string | undefined;

/** Whether the quote holds the answer: its words, an alias, its number or its date. */
function quoteHoldsAnswer(fact: Fact): boolean {
	const quote = normalize(fact.quote);
	if (answerForms(fact).some((form) => contains(quote, normalize(form)))) return true;
	if (fact.answer.value !== undefined) {
		const digits = fact.quote.replace(/(\d),(\d{3})/g, '$1$2');
		if (new RegExp(`(^|\\D)${fact.answer.value}(\\D|$)`).test(digits)) return true;
	}
	return !!fact.answer.date && fact.quote.includes(fact.answer.date.slice(0, 4));
}

const grounded = (q: Question, facts: Map<string, Fact>): Result => {
	const fact = facts.get(q.facts[0]);
	if (!fact) return `unknown fact ${q.facts[0]}`;
	switch (q.form) {
		case 'choice':
			if (q.options[q.answer] !== fact.answer.text)
				return 'the marked option is not the fact’s answer';
			break;
		case 'true-false':
			if (q.answer && q.statement !== fact.statement)
				return 'a true statement differs from the fact';
			if (
				!q.answer &&
				(q.swap?.from !== fact.answer.text ||
					q.statement !== fact.statement.replace(q.swap.from, q.swap.to))
			)
				return 'a false statement is not the fact with one value swapped';
			break;
		case 'typed':
			if (q.answer.text !== fact.answer.text) return 'the typed answer is not the fact’s answer';
			break;
		case 'numeric':
			if (q.answer.text !== fact.answer.text) return 'the numeric answer is not the fact’s answer';
			break;
		case 'order':
			for (const item of q.items) {
				const f = facts.get(item.fact);
				if (!f || f.answer.date !== item.date) return `item ${item.fact} is not dated by its fact`;
				if (!quoteHoldsAnswer(f)) return `the quote of ${item.fact} does not hold its date`;
			}
			return ok;
		case 'match':
			for (const id of q.facts) {
				const f = facts.get(id);
				if (!f?.pair) return `fact ${id} has no pair`;
				const quote = normalize(f.quote);
				if (!contains(quote, normalize(f.pair.left)) && !contains(quote, normalize(f.pair.right)))
					return `neither side of the pair of ${id} is in its quote`;
			}
			return ok;
	}
	return quoteHoldsAnswer(fact) ? ok : `the quote of ${fact.id} does not hold the answer`;
};

const noLeak = (q: Question, facts: Map<string, Fact>): Result => {
	if (q.form === 'order') {
		const leaking = q.items.find((item) => item.label.includes(item.date.slice(0, 4)));
		return leaking ? `the label "${leaking.label}" gives its year away` : ok;
	}
	if (q.form === 'true-false' || q.form === 'match') return ok;
	const fact = facts.get(q.facts[0])!;
	const prompt = normalize(q.prompt);
	const leaked = answerForms(fact).find((form) => contains(prompt, normalize(form)));
	return leaked ? `the stem contains the answer "${leaked}"` : ok;
};

const oneCorrect = (q: Question, facts: Map<string, Fact>): Result => {
	if (q.form === 'choice') {
		const fact = facts.get(q.facts[0])!;
		const correct = q.options.filter((option) => clashesWithAnswer(option, fact));
		return correct.length === 1 ? ok : `${correct.length} options could be read as correct`;
	}
	if (q.form === 'true-false' && !q.answer) {
		const fact = facts.get(q.facts[0])!;
		return q.swap && !clashesWithAnswer(q.swap.to, fact) ? ok : 'the swapped value is the answer';
	}
	if (q.form === 'order') {
		const dates = q.items.map((item) => item.date);
		const tied = dates.some((a, i) =>
			dates.some((b, j) => i < j && (a.startsWith(b) || b.startsWith(a)))
		);
		return tied ? 'two events cannot be told apart by date' : ok;
	}
	if (q.form === 'match') {
		const unique = (list: string[]) => new Set(list.map(normalize)).size === list.length;
		return unique(q.left) && unique(q.right) ? ok : 'a side repeats an item, so two matchings fit';
	}
	return ok;
};

const distinctOptions = (q: Question): Result => {
	if (q.form !== 'choice') return ok;
	const keys = q.options.map(normalize);
	for (let i = 0; i < keys.length; i++)
		for (let j = 0; j < keys.length; j++)
			if (i !== j && (keys[i] === keys[j] || contains(keys[i], keys[j])))
				return `option "${q.options[i]}" repeats or contains "${q.options[j]}"`;
	return ok;
};

const distractorKind = (q: Question, facts: Map<string, Fact>, index: DistractorIndex): Result => {
	if (q.form !== 'choice') return ok;
	const fact = facts.get(q.facts[0])!;
	const wrong = q.options.filter((_, i) => i !== q.answer);
	const authored = new Set(fact.answer.distractors.map(normalize));
	for (const option of wrong) {
		if (fact.kind === 'number' && !/\d/.test(fact.answer.text)) {
			// A number in words ("thirteen", "half") is offered among numbers in words.
			if (/\d/.test(option))
				return `"${option}" is not written in words like "${fact.answer.text}"`;
		} else if (fact.kind === 'number') {
			const a = numberFormatOf(fact.answer.text);
			const o = numberFormatOf(option);
			const sameShape =
				a && o && a.prefix === o.prefix && a.suffix === o.suffix && a.decimals === o.decimals;
			if (!sameShape || (o.shown >= 1000 && a.grouped !== o.grouped))
				return `"${option}" is not written like "${fact.answer.text}"`;
			const ratio = o.shown / a.shown;
			if (ratio < 0.1 || ratio > 10)
				return `"${option}" is not of the scale of "${fact.answer.text}"`;
		} else if (dateFormatOf(fact.answer.text)) {
			if (dateFormatOf(option) !== dateFormatOf(fact.answer.text))
				return `"${option}" is not a date written like "${fact.answer.text}"`;
		} else if (!authored.has(normalize(option))) {
			// An authored option was reviewed as of the answer's kind; any other must come from a pool.
			if (!inKindPool(option, fact, index))
				return `"${option}" is not a ${fact.kind} of the article or its lists`;
		}
	}
	return ok;
};

/** The length ratio past which the odd option out gives itself away. */
const GIVEAWAY_RATIO = 1.8;

const noGiveaway = (q: Question): Result => {
	if (q.form !== 'choice') return ok;
	const answer = q.options[q.answer];
	const others = q.options.filter((_, i) => i !== q.answer).map((o) => o.length);
	if (answer.length > Math.max(...others) * GIVEAWAY_RATIO)
		return 'the answer is by far the longest option';
	if (answer.length * GIVEAWAY_RATIO < Math.min(...others))
		return 'the answer is by far the shortest option';
	const hasDigit = (s: string) => /\d/.test(s);
	if (q.options.some((o) => hasDigit(o) !== hasDigit(answer)))
		return 'only some options are numbers';
	const capital = (s: string) => /^\p{Lu}/u.test(s);
	if (
		/^\p{L}/u.test(answer) &&
		q.options.some((o) => /^\p{L}/u.test(o) && capital(o) !== capital(answer))
	)
		return 'the answer is capitalised differently from the other options';
	return ok;
};

/** Words that show a stem names its source. */
function sourceWords(attribution: string): string[] {
	const words = attribution
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((word) => word.length >= 4 && !['article', 'tweet'].includes(word));
	return ['according to', 'tweet', 'caption', ...words];
}

const attributed = (q: Question, facts: Map<string, Fact>): Result => {
	if (q.form === 'order' || q.form === 'match') return ok;
	const fact = facts.get(q.facts[0])!;
	if (fact.kind !== 'claim' && fact.attribution === 'article') return ok;
	const stem = (q.form === 'true-false' ? q.statement : q.prompt).toLowerCase();
	return sourceWords(fact.attribution).some((word) => stem.includes(word))
		? ok
		: `the stem does not say this is ${fact.attribution === 'article' ? 'the article’s view' : `${fact.attribution}'s`}`;
};

/** An article's facts, indexed once for checking many questions. */
export interface CheckContext {
	byId: Map<string, Fact>;
	index: DistractorIndex;
}

/** Indexes an article's facts for the question checks. */
export function checkContext(facts: readonly Fact[]): CheckContext {
	return { byId: new Map(facts.map((fact) => [fact.id, fact])), index: indexFacts(facts) };
}

/** Runs every question check on one question (pass a CheckContext when checking many). */
export function checkQuestion(
	question: Question,
	facts: readonly Fact[] | CheckContext
): Failure[] {
	const { byId, index } = 'byId' in facts ? facts : checkContext(facts);
	const results: [QuestionCheck, Result][] = [
		['grounded', grounded(question, byId)],
		['no-leak', byId.has(question.facts[0]) ? noLeak(question, byId) : ok],
		['one-correct', byId.has(question.facts[0]) ? oneCorrect(question, byId) : ok],
		['distinct-options', distinctOptions(question)],
		['distractor-kind', byId.has(question.facts[0]) ? distractorKind(question, byId, index) : ok],
		['no-giveaway', noGiveaway(question)],
		['attributed', byId.has(question.facts[0]) ? attributed(question, byId) : ok]
	];
	return results
		.filter(([, reason]) => reason !== undefined)
		.map(([check, reason]) => ({ check, subject: question.id, reason: reason! }));
}

/** The share of true statements among true/false questions, allowed between these bounds. */
export const TRUE_SHARE = [0.4, 0.6] as const;
/** The p-value below which the spread of correct positions counts as uneven. */
export const POSITION_ALPHA = 0.05;

/** Runs the bank-wide checks over an article's bank and decks. */
export function checkBank(content: ArticleContent, bank: Bank, decks: readonly Deck[]): Failure[] {
	const failures: Failure[] = [];
	const fail = (check: BankCheck, subject: string, reason: string) =>
		failures.push({ check, subject, reason });
	const { questions } = bank;

	const tf = questions.filter((q) => q.form === 'true-false');
	const trueShare = tf.length === 0 ? 0.5 : tf.filter((q) => q.answer).length / tf.length;
	if (trueShare < TRUE_SHARE[0] || trueShare > TRUE_SHARE[1])
		fail(
			'true-false-balance',
			bank.article,
			`${Math.round(trueShare * 100)}% of true/false statements are true`
		);

	const p = positionSpreadPValue(questions);
	if (p !== undefined && p <= POSITION_ALPHA)
		fail(
			'position-spread',
			bank.article,
			`correct options cluster by position (p = ${p.toFixed(3)})`
		);

	const ids = new Set<string>();
	const contents = new Map<string, string>();
	for (const q of questions) {
		if (ids.has(q.id)) fail('no-duplicates', q.id, 'the id is used twice');
		ids.add(q.id);
		const key = `${q.form}|${normalize(q.prompt)}|${normalize(q.form === 'true-false' ? q.statement : JSON.stringify(q.answer))}`;
		if (contents.has(key)) fail('no-duplicates', q.id, `asks the same as ${contents.get(key)}`);
		else contents.set(key, q.id);
	}

	for (const fact of content.facts) {
		const forms = new Set(
			questions.filter((q) => q.facts.length === 1 && q.facts[0] === fact.id).map((q) => q.form)
		);
		if (forms.size < 2)
			fail('two-forms-per-fact', fact.id, `only ${[...forms].join(', ') || 'no form'}`);
	}

	for (const section of content.article.sections) {
		if (!sectionDeck(content.decks, section.id))
			fail('deck-per-section', section.id, 'no deck is made of this section');
	}
	for (const deck of decks)
		if (deck.questions.length === 0) fail('no-empty-deck', deck.key, 'selects no question');
	return failures;
}

/** The chi-square p-value of where the correct option sits, over four-option questions. */
export function positionSpreadPValue(questions: readonly Question[]): number | undefined {
	const choice = questions.filter(
		(q): q is ChoiceQuestion => q.form === 'choice' && q.options.length === 4
	);
	if (choice.length < 20) return undefined;
	const counts = [0, 0, 0, 0];
	for (const q of choice) counts[q.answer]++;
	return chiSquarePValue(chiSquareUniform(counts), 3);
}

import { paragraphsOf, type Article } from '../content/article.ts';
import { sentenceAround, sentences } from '../content/sentences.ts';
import type { Fact } from '../content/schema.ts';
import { answerForms } from './distractors.ts';
import { choicesOf, expectedAnswer, stemOf } from './grade.ts';
import { contains, normalize, wordList, wordLists } from './text.ts';
import { contentWords } from './wording.ts';
import type { Question } from './types.ts';

/**
 * Every text a question shows a learner, before and after it is answered: its prompt, stem,
 * options, items, the answer and correction it reveals, and the explanation of each of its facts
 * (the fact's statement, the article's quote and the note).
 */
export function shownTexts(question: Question, byId: ReadonlyMap<string, Fact>): string[] {
	const texts = [question.prompt, stemOf(question), expectedAnswer(question)];
	texts.push(...(choicesOf(question) ?? []));
	if (question.form === 'order')
		texts.push(...question.items.flatMap((item) => [item.label, item.when]));
	if (question.form === 'match') texts.push(...question.left, ...question.right);
	if (question.form === 'true-false') {
		if (question.correction) texts.push(question.correction);
		if (question.swap) texts.push(question.swap.from, question.swap.to);
	}
	for (const id of question.facts) {
		const fact = byId.get(id);
		if (fact) texts.push(fact.statement, fact.quote, fact.note ?? '');
	}
	return texts;
}

// Words at each end of a quote that place it in a sentence of its paragraph.
const ENDS = 4;

/**
 * For each fact, the other facts quoted from its sentence or from the sentence just before or
 * after it, across a paragraph's end too: whichever is asked, the other's explanation, or a
 * stem that goes on from it ("It was not, then, more than limited victories…"), may state its
 * answer in other words, which no word matching sees.
 */
export function nextSentences(facts: readonly Fact[], article: Article): Map<string, Set<string>> {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	// Each paragraph cut into sentences once, numbered through the whole article.
	const sentences = new Map<string, { at: number; text: string }[]>();
	let at = 0;
	for (const p of paragraphsOf(article))
		sentences.set(
			p.id,
			[...segmenter.segment(p.text)].map(({ segment }) => ({ at: at++, text: segment }))
		);
	const bySentence = new Map<number, string[]>();
	for (const fact of facts) {
		const words = wordList(fact.quote);
		const ends = [words.slice(0, ENDS).join(' '), words.slice(-ENDS).join(' ')];
		for (const sentence of sentences.get(fact.paragraph) ?? [])
			if (ends.some((end) => contains(sentence.text, end)))
				bySentence.set(sentence.at, [...(bySentence.get(sentence.at) ?? []), fact.id]);
	}
	const shared = new Map<string, Set<string>>(facts.map((fact) => [fact.id, new Set()]));
	for (const [sentence, ids] of bySentence) {
		const close = [sentence - 1, sentence, sentence + 1].flatMap((n) => bySentence.get(n) ?? []);
		for (const id of ids)
			for (const other of close)
				if (other !== id) {
					shared.get(id)!.add(other);
					shared.get(other)!.add(id);
				}
	}
	return shared;
}

/**
 * For each fact, the facts of its own and the neighbouring paragraphs whose statement or quoted sentence
 * holds a content word of its answer that its own prompt does not: a neighbour's "the lack of
 * political progress" half answers "carry out what? political reforms", in words no exact match sees.
 * `quoted` gives the sentence a fact quotes, when a caller has the article's sentences at hand.
 */
export function sharedAnswerWords(
	facts: readonly Fact[],
	article: Article,
	quoted: (fact: Fact) => string | undefined = quotedSentence(article)
): Map<string, Set<string>> {
	const paragraphs = paragraphsOf(article);
	const order = new Map(paragraphs.map((p, i) => [p.id, i]));
	// The whole sentence a fact quotes, which its feedback shows beside its statement.
	const sentenceOf = (fact: Fact) => quoted(fact) ?? fact.quote;
	const shown = facts.map((fact) => ({
		fact,
		at: order.get(fact.paragraph) ?? -2,
		words: contentWords(`${fact.statement} ${sentenceOf(fact)}`)
	}));
	// Facts by paragraph, so each is weighed against its neighbours only, however long the article.
	const byParagraph = new Map<number, typeof shown>();
	for (const entry of shown)
		byParagraph.set(entry.at, [...(byParagraph.get(entry.at) ?? []), entry]);
	const shared = new Map<string, Set<string>>(facts.map((fact) => [fact.id, new Set()]));
	for (const { fact, at } of shown) {
		const asked = contentWords(fact.prompt);
		const answer = [...contentWords(fact.answer.text)].filter((word) => !asked.has(word));
		if (answer.length === 0) continue;
		const neighbours = [at - 1, at, at + 1].flatMap((n) => byParagraph.get(n) ?? []);
		for (const other of neighbours)
			if (other.fact.id !== fact.id && answer.some((word) => other.words.has(word))) {
				shared.get(fact.id)!.add(other.fact.id);
				shared.get(other.fact.id)!.add(fact.id);
			}
	}
	return shared;
}

/**
 * The leak graph: for each question, the other facts whose answer it shows (in any accepted
 * form), so a quiz or a review session can keep apart two questions where one answers the other.
 */
export function revealedFacts(
	questions: readonly Question[],
	facts: readonly Fact[]
): Map<string, string[]> {
	const reveals = revealedByEach(questions, facts);
	return new Map(questions.map((question, i) => [question.id, reveals[i]]));
}

/** What `revealedFacts` finds for each question, in the questions' order. */
export function revealedByEach(questions: readonly Question[], facts: readonly Fact[]): string[][] {
	const byId = new Map(facts.map((fact) => [fact.id, fact]));
	// Answers indexed by their whole wording, looked up at each word that opens one for each
	// length an answer opening on it has, so each text is read once, however many answers share a word.
	const byPhrase = new Map<string, string[]>();
	const lengthsAfter = new Map<string, number[]>();
	for (const fact of facts)
		for (const form of answerForms(fact)) {
			const words = normalize(form).split(' ').filter(Boolean);
			if (words.length === 0) continue;
			const phrase = words.join(' ');
			const ids = byPhrase.get(phrase) ?? [];
			if (!ids.includes(fact.id)) ids.push(fact.id);
			byPhrase.set(phrase, ids);
			const lengths = lengthsAfter.get(words[0]) ?? [];
			if (!lengths.includes(words.length)) lengths.push(words.length);
			lengthsAfter.set(words[0], lengths);
		}
	const order = new Map(facts.map((fact, i) => [fact.id, i]));
	// A fact's statement, quote and note are shown by each of its questions, and an option by
	// several: the facts a text names are found once per text (most name none, and share NONE).
	const named = new Map<string, readonly string[]>();
	const namedIn = (text: string) => {
		const known = named.get(text);
		if (known) return known;
		const found = new Set<string>();
		// A possessive still names its answer: "Napoleon's army" shows "Napoleon".
		for (const words of wordLists(text))
			for (let i = 0; i < words.length; i++)
				for (const length of lengthsAfter.get(words[i]) ?? NO_LENGTHS) {
					if (i + length > words.length) continue;
					// A one-word phrase is the word itself: no copy of it to make.
					const phrase = length === 1 ? words[i] : words.slice(i, i + length).join(' ');
					for (const id of byPhrase.get(phrase) ?? NONE) found.add(id);
				}
		const ids = found.size > 0 ? [...found] : NONE;
		named.set(text, ids);
		return ids;
	};
	return questions.map((question) => {
		// Most questions show no other fact's answer: no set for them.
		let found: Set<string> | undefined;
		for (const text of shownTexts(question, byId))
			for (const id of namedIn(text))
				if (!question.facts.includes(id)) (found ??= new Set()).add(id);
		return found ? [...found].sort((a, b) => order.get(a)! - order.get(b)!) : [];
	});
}

// Empty lists shared by every lookup that finds nothing, so a miss makes no new one.
const NONE: readonly string[] = [];
const NO_LENGTHS: readonly number[] = [];

/** The whole sentence (or sentences) of its paragraph that a fact quotes, if its quote is there. */
function quotedSentence(article: Article): (fact: Fact) => string | undefined {
	const text = new Map(paragraphsOf(article).map((p) => [p.id, p.text]));
	const split = new Map<string, ReturnType<typeof sentences>>();
	return (fact) => {
		const paragraph = text.get(fact.paragraph) ?? '';
		const start = paragraph.indexOf(fact.quote);
		if (!split.has(fact.paragraph)) split.set(fact.paragraph, sentences(paragraph));
		return sentenceAround(split.get(fact.paragraph)!, start, start + fact.quote.length);
	};
}

/** Whether one of two questions shows the answer of a fact the other asks. */
export function leaksBetween(
	a: { facts: readonly string[]; reveals?: readonly string[] },
	b: { facts: readonly string[]; reveals?: readonly string[] }
): boolean {
	return (
		(a.reveals ?? []).some((id) => b.facts.includes(id)) ||
		(b.reveals ?? []).some((id) => a.facts.includes(id))
	);
}

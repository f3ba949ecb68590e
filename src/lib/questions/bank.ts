import type { Article } from '../content/article.ts';
import type { ArticleContent } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { sentenceAround, sentences } from '../content/sentences.ts';
import { distractorsFor, indexFacts, type Distractor } from './distractors.ts';
import { FORM_BUILDS } from './forms/build.ts';
import { nextSentences, revealedByEach, sharedAnswerWords } from './leaks.ts';
import type { BuildContext, Common } from './forms/form.ts';
import { createRng, seedFrom, type Rng } from './random.ts';
import type { Question } from './types.ts';

/** Everything built from one article folder: its questions. */
export interface Bank {
	article: string;
	questions: Question[];
}

/** The forms asked of one fact, in the order they are built (the order the random stream runs). */
const FACT_FORMS = ['choice', 'true-false', 'typed', 'numeric', 'cloze'] as const;
/** The forms asked of several facts at once. */
const GROUP_FORMS = ['order', 'match'] as const;

interface Place {
	section: string;
	/** Paragraph ordinal in the article. */
	position: number;
	text: string;
}

function paragraphIndex(article: Article): Map<string, Place> {
	const map = new Map<string, Place>();
	let ordinal = 0;
	for (const section of article.sections)
		for (const paragraph of section.paragraphs)
			map.set(paragraph.id, { section: section.id, position: ordinal++, text: paragraph.text });
	return map;
}

/** The bank's side of building: placement, shared distractors, sentences and the random stream. */
function buildContext(content: ArticleContent, rng: Rng): BuildContext {
	const { article, facts } = content;
	const places = paragraphIndex(article);
	// Content validation proves every fact's paragraph exists.
	const placeOf = (fact: Fact) => places.get(fact.paragraph) as Place;
	const index = indexFacts(facts, content.distractors);
	const drawn = new Map<string, Distractor[]>();
	const claimed = new Set<string>();
	const split = new Map<string, ReturnType<typeof sentences>>();
	const sentencesOf = (fact: Fact) => {
		let found = split.get(fact.paragraph);
		if (!found) {
			found = sentences(placeOf(fact).text);
			split.set(fact.paragraph, found);
		}
		return found;
	};
	return {
		article: article.id,
		rng,
		common: (held): Common => ({
			article: article.id,
			facts: held.map((fact) => fact.id),
			position: Math.min(...held.map((fact) => placeOf(fact).position)),
			sections: [...new Set(held.map((fact) => placeOf(fact).section))],
			kinds: [...new Set(held.map((fact) => fact.kind))],
			// Facts placed on the timeline join the timeline tag, so a deck can select the timeline.
			tags: [
				...new Set([
					...held.flatMap((fact) => fact.tags),
					...(held.some((fact) => fact.timeline) ? ['timeline'] : [])
				])
			]
		}),
		distractors(fact) {
			let found = drawn.get(fact.id);
			if (!found) {
				found = distractorsFor(fact, index, rng, 3);
				drawn.set(fact.id, found);
			}
			return found;
		},
		paragraphOf: (fact) => placeOf(fact).text,
		sentenceOf(fact) {
			const start = placeOf(fact).text.indexOf(fact.quote);
			if (start < 0) return undefined;
			return sentenceAround(sentencesOf(fact), start, start + fact.quote.length);
		},
		sentenceBeforeOf(fact) {
			const start = placeOf(fact).text.indexOf(fact.quote);
			const all = sentencesOf(fact);
			const first = all.findIndex((s) => s.start + s.text.length > start);
			return start < 0 || first < 1 ? undefined : all[first - 1].text.trim();
		},
		firstTime(key) {
			if (claimed.has(key)) return false;
			claimed.add(key);
			return true;
		}
	};
}

/**
 * Builds an article's question bank in every form the facts allow. Deterministic: the same
 * content and seed give the same questions, options and order on every machine.
 */
export function buildBank(
	content: ArticleContent,
	rng: Rng = createRng(seedFrom(content.article.id))
): Bank {
	const ctx = buildContext(content, rng);
	const questions: Question[] = [];
	for (const fact of content.facts)
		for (const form of FACT_FORMS)
			questions.push(...(FORM_BUILDS[form].fromFact?.(fact, ctx) ?? []));
	for (const form of GROUP_FORMS)
		questions.push(...(FORM_BUILDS[form].fromFacts?.(content.facts, ctx) ?? []));
	const reveals = revealedByEach(questions, content.facts);
	const sentences = nextSentences(content.facts, content.article);
	// Each fact's quoted sentence as the forms found it, not cut out of the article again.
	const quoted = (fact: Fact) => ctx.sentenceOf(fact);
	for (const [id, others] of sharedAnswerWords(content.facts, content.article, quoted))
		for (const other of others) sentences.get(id)?.add(other);
	// Facts the author keeps apart answer each other in words no check sees.
	for (const fact of content.facts)
		for (const other of fact.apart ?? []) {
			sentences.get(fact.id)?.add(other);
			sentences.get(other)?.add(fact.id);
		}
	questions.forEach((question, i) => {
		const shown = reveals[i];
		if (shown.length > 0) question.reveals = shown;
		const near = new Set<string>();
		for (const fact of question.facts)
			for (const id of sentences.get(fact) ?? [])
				if (!question.facts.includes(id) && !shown.includes(id)) near.add(id);
		if (near.size > 0) question.near = [...near];
	});
	return { article: content.article.id, questions };
}

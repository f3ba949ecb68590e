import { answerForms } from '../distractors.ts';
import { quoteHoldsAnswer } from '../grounding.ts';
import { contains, normalize } from '../text.ts';
import type { Fact } from '../../content/schema.ts';
import type { Question } from '../types.ts';
import { ABSOLUTE, NEGATIVE, acronymsIn, contentWords, copiedRun, spells } from '../wording.ts';
import type { CheckContext, CheckResult, QuestionCheck } from './form.ts';

/** The text a question is asked with, for the checks that read it. */
function askedText(q: Question): string {
	return q.form === 'true-false' ? q.statement : q.prompt;
}

/** The shared rule of each check, for forms that do not bring their own. */
export const SHARED_CHECKS: Record<QuestionCheck, (q: Question, ctx: CheckContext) => CheckResult> =
	{
		grounded(q, ctx) {
			const fact = ctx.byId.get(q.facts[0]);
			return !fact || quoteHoldsAnswer(fact)
				? undefined
				: `the quote of ${fact.id} does not hold the answer`;
		},
		'no-leak'(q, ctx) {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact) return undefined;
			const prompt = normalize(q.prompt);
			const leaked = answerForms(fact).find((form) => contains(prompt, normalize(form)));
			return leaked ? `the stem contains the answer "${leaked}"` : undefined;
		},
		'one-correct': () => undefined,
		'distinct-options': () => undefined,
		'distractor-kind': () => undefined,
		'no-giveaway': () => undefined,
		paraphrased(q, ctx) {
			for (const id of q.facts) {
				const fact = ctx.byId.get(id);
				if (!fact) continue;
				const run =
					copiedRun(askedText(q), sourceOf(fact, ctx)) ?? copiedRun(q.prompt, sourceOf(fact, ctx));
				if (run) return `the stem repeats the article's words "${run}"`;
			}
			return undefined;
		},
		'safe-false': () => undefined,
		initials(q) {
			const asked = [q.prompt, askedText(q)];
			const answers = answerSide(q);
			return acronymGiveaway(asked, answers) ?? acronymGiveaway(answers, asked);
		},
		'shared-words'(q) {
			const [key, ...wrong] = answerSide(q);
			return key === undefined || wrong.length === 0 ? undefined : echoedWord(q.prompt, key, wrong);
		},
		'parallel-options': () => undefined,
		'negative-stem'(q) {
			const negative = q.prompt.match(NEGATIVE);
			if (negative) return `the stem holds the negative "${negative[0]}"`;
			const absolute = q.form === 'true-false' ? q.statement.match(ABSOLUTE) : null;
			return absolute ? `the statement holds the absolute "${absolute[0]}"` : undefined;
		},
		'form-fits': () => undefined,
		attributed(q, ctx) {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact || (fact.kind !== 'claim' && fact.attribution === 'article')) return undefined;
			const stem = askedText(q).toLowerCase();
			return sourceWords(fact.attribution).some((word) => stem.includes(word))
				? undefined
				: `the stem does not say this is ${fact.attribution === 'article' ? 'the article’s view' : `${fact.attribution}'s`}`;
		}
	};

/** The article's text a fact stands on: its paragraph when known, else its quote. */
export function sourceOf(fact: Fact, ctx: CheckContext): string {
	return ctx.paragraphs?.get(fact.paragraph) ?? fact.quote;
}

/** What a question's answer side shows: its key first, then the other options. */
function answerSide(q: Question): string[] {
	switch (q.form) {
		case 'choice':
			return [q.options[q.answer], ...q.options.filter((_, i) => i !== q.answer)];
		case 'typed':
		case 'numeric':
		case 'cloze':
			return [q.answer.text, ...(q.form === 'cloze' ? (q.options ?? []) : [])];
		default:
			return [];
	}
}

/** A content word the stem shares with the key that no wrong option has: a clang cue. */
export function echoedWord(stem: string, key: string, wrong: readonly string[]): CheckResult {
	const others = new Set(wrong.flatMap((option) => [...contentWords(option)]));
	const asked = contentWords(stem);
	const echoed = [...contentWords(key)].find((word) => asked.has(word) && !others.has(word));
	return echoed ? `the stem and the key share "${echoed}", which no wrong option has` : undefined;
}

/** An acronym on one side that the initials of a name on the other side spell. */
export function acronymGiveaway(
	acronymSide: readonly string[],
	nameSide: readonly string[]
): CheckResult {
	const names = nameSide.flatMap(namesIn);
	for (const acronym of acronymSide.flatMap(acronymsIn))
		for (const name of names)
			if (spells(acronym, name)) return `"${name}" spells the acronym ${acronym} by its initials`;
	return undefined;
}

/** Runs of capitalised words (with the small words between them) that could be spelled out. */
function namesIn(text: string): string[] {
	const runs = text.match(
		/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|in|for|and|to|de|du|des|la|le)\s+)*\p{Lu}[\p{L}'’-]*)+/gu
	);
	return [...(runs ?? []), text];
}

/** Words that show a stem names its source. */
function sourceWords(attribution: string): string[] {
	const words = attribution
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((word) => word.length >= 4 && !['article', 'tweet'].includes(word));
	return ['according to', 'tweet', 'caption', ...words];
}

/** The quote of a question's fact holds its answer (the shared grounding every one-fact form adds to). */
export const quoteGrounded = (q: Question, ctx: CheckContext): CheckResult =>
	SHARED_CHECKS.grounded(q, ctx);

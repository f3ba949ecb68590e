import { answerForms } from '../distractors.ts';
import { quoteHoldsAnswer } from '../grounding.ts';
import { contains, normalize } from '../text.ts';
import type { Question } from '../types.ts';
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
		attributed(q, ctx) {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact || (fact.kind !== 'claim' && fact.attribution === 'article')) return undefined;
			const stem = askedText(q).toLowerCase();
			return sourceWords(fact.attribution).some((word) => stem.includes(word))
				? undefined
				: `the stem does not say this is ${fact.attribution === 'article' ? 'the article’s view' : `${fact.attribution}'s`}`;
		}
	};

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

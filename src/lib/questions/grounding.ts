import type { Fact } from '../content/schema.ts';
import { answerForms } from './distractors.ts';
import { contains, normalize } from './text.ts';

/** Whether the quote holds the answer: its words, an alias, its number or its date. */
export function quoteHoldsAnswer(fact: Fact): boolean {
	const quote = normalize(fact.quote);
	if (answerForms(fact).some((form) => contains(quote, normalize(form)))) return true;
	if (fact.answer.value !== undefined) {
		const digits = fact.quote.replace(/(\d),(\d{3})/g, '$1$2');
		if (new RegExp(`(^|\\D)${fact.answer.value}(\\D|$)`).test(digits)) return true;
	}
	return !!fact.answer.date && fact.quote.includes(fact.answer.date.slice(0, 4));
}

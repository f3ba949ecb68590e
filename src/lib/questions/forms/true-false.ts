import * as v from 'valibot';
import type { Fact } from '../../content/schema.ts';
import { clashesWithAnswer } from '../distractors.ts';
import { contains, normalize } from '../text.ts';
import { sourceOf } from './shared-checks.ts';
import { factQuestionId } from '../../ids.ts';
import type { TrueFalseQuestion } from '../types.ts';
import { type Form, type FormBuild } from './form.ts';
import { FORM_STORES } from './store.ts';
import { accepted, verdict } from './verdict.ts';

/** True or false: the fact's statement, or the statement with its answer swapped for another. */
export const trueFalse: Form<'true-false'> = {
	...FORM_STORES['true-false'],
	grade(question, response) {
		const expected = question.answer ? 'True' : 'False';
		const correct = response.value === question.answer;
		const { swap, correction } = question;
		if (!question.answer && correction) {
			const says = `the article says: ${correction}`;
			return correct
				? accepted('exact', expected, `Right: ${says}`)
				: verdict(false, expected, `False: ${says}`);
		}
		if (!question.answer && swap) {
			const says = `the article says ${swap.from}, not ${swap.to}`;
			return correct
				? accepted('exact', expected, `Right: ${says}`)
				: verdict(false, expected, `False: ${says}`);
		}
		if (correct) return accepted('exact', expected, 'Right.');
		return verdict(
			false,
			expected,
			question.answer ? 'It is true: the article says so.' : 'False: the article does not say so.'
		);
	},
	expected: (question) => (question.answer ? 'True' : 'False'),
	describe: (_, response) => (response.value ? 'True' : 'False'),
	initial: () => undefined,
	answerable: () => true,
	fromKey(_, key) {
		const k = key.toLowerCase();
		if (!['t', 'f', '1', '2'].includes(k)) return undefined;
		return { form: 'true-false', value: k === 't' || k === '1' };
	},
	wire: v.object({ form: v.literal('true-false'), value: v.boolean() }),
	levelOf: () => 'true-false',
	stem: (question) => question.statement,
	choices: () => ['True', 'False'],
	mark: (_, response, verdict) =>
		response && verdict ? { kind: 'option', index: response.value ? 0 : 1 } : { kind: 'blank' },
	markScore: (question, mark) =>
		mark.kind === 'option' && (mark.index === 0) === question.answer ? 1 : 0,
	playerWire: v.object({
		form: v.literal('true-false'),
		prompt: v.string(),
		statement: v.string()
	}),
	playerView: ({ prompt, statement }) => ({ form: 'true-false', prompt, statement }),
	fromPlayer: (_, response) => response
};

/**
 * The kinds whose value can be swapped for another and leave a plainly false statement. Places,
 * terms, events and claims overlap too easily (a republic in central Africa stays one when renamed).
 */
const SWAPPABLE: ReadonlySet<Fact['kind']> = new Set([
	'number',
	'date',
	'person',
	'organization',
	'group'
]);

/**
 * Why swapping a fact's answer for `to` in its statement might not give a plainly false
 * statement, or undefined when it would: the rule of the `safe-false` check and of the generator.
 */
export function unsafeSwap(fact: Fact, to: string, paragraph: string): string | undefined {
	if (!SWAPPABLE.has(fact.kind)) return `a ${fact.kind} swapped in may leave the statement true`;
	const key = normalize(fact.answer.text);
	const times = ` ${normalize(fact.statement)} `.split(` ${key} `).length - 1;
	if (times !== 1) return `the answer stands ${times} times in the statement`;
	if (clashesWithAnswer(to, fact)) return `"${to}" overlaps the answer`;
	if (contains(paragraph, to)) return `"${to}" is also said in the fact's paragraph`;
	return undefined;
}

/** How true-false questions are built from facts and checked. */
export const trueFalseBuild: FormBuild<'true-false'> = {
	form: 'true-false',
	fromFact(fact, ctx) {
		const questions: TrueFalseQuestion[] = [];
		const common = ctx.common([fact]);
		// Facts that ask for different parts of one sentence share its true statement: ask it once.
		if (ctx.firstTime(`true-statement ${fact.statement}`))
			questions.push({
				id: factQuestionId(ctx.article, fact.id, 'true-false', 'true'),
				form: 'true-false',
				...common,
				prompt: 'True or false?',
				statement: fact.statement,
				answer: true
			});
		if (fact.falseStatement) {
			questions.push({
				id: factQuestionId(ctx.article, fact.id, 'true-false', 'false'),
				form: 'true-false',
				...common,
				prompt: 'True or false?',
				statement: fact.falseStatement,
				answer: false,
				correction: fact.statement
			});
			return questions;
		}
		const paragraph = ctx.paragraphOf(fact);
		const safe = ctx
			.distractors(fact)
			.filter((d) => unsafeSwap(fact, d.text, paragraph) === undefined);
		if (safe.length > 0) {
			const swapIn = safe[ctx.rng.int(0, safe.length - 1)].text;
			questions.push({
				id: factQuestionId(ctx.article, fact.id, 'true-false', 'false'),
				form: 'true-false',
				...common,
				prompt: 'True or false?',
				statement: fact.statement.replace(fact.answer.text, swapIn),
				answer: false,
				swap: { from: fact.answer.text, to: swapIn }
			});
		}
		return questions;
	},
	checks: {
		grounded: (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			if (!fact) return undefined;
			if (q.answer && q.statement !== fact.statement)
				return 'a true statement differs from the fact';
			if (!q.answer && fact.falseStatement !== undefined) {
				if (q.statement !== fact.falseStatement || q.correction !== fact.statement)
					return 'a false statement is not the fact’s authored one, corrected by its statement';
			} else if (
				!q.answer &&
				(q.swap?.from !== fact.answer.text ||
					q.statement !== fact.statement.replace(q.swap.from, q.swap.to))
			)
				return 'a false statement is not the fact with one value swapped';
			return undefined;
		},
		'no-leak': () => undefined,
		'safe-false': (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			return fact && q.swap ? unsafeSwap(fact, q.swap.to, sourceOf(fact, ctx)) : undefined;
		},
		'one-correct': (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			if (q.answer || !fact || q.correction) return undefined;
			return q.swap && !clashesWithAnswer(q.swap.to, fact)
				? undefined
				: 'the swapped value is the answer';
		}
	}
};

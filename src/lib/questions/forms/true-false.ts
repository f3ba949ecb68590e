import * as v from 'valibot';
import { clashesWithAnswer } from '../distractors.ts';
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
	playerView: ({ prompt, statement }) => ({ form: 'true-false', prompt, statement }),
	fromPlayer: (_, response) => response
};

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
		const distractors = ctx.distractors(fact);
		if (distractors.length > 0) {
			const swapIn = distractors[ctx.rng.int(0, distractors.length - 1)].text;
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
		'one-correct': (q, ctx) => {
			const fact = ctx.byId.get(q.facts[0]);
			if (q.answer || !fact || q.correction) return undefined;
			return q.swap && !clashesWithAnswer(q.swap.to, fact)
				? undefined
				: 'the swapped value is the answer';
		}
	}
};

import * as v from 'valibot';
import { factQuestionId } from '../../ids.ts';
import { aliasesOf } from '../distractors.ts';
import { dateAnswer } from '../format.ts';
import { bareAnswer, normalize } from '../text.ts';
import { typoDistance } from '../typos.ts';
import type { TypedAnswer, Verdict } from '../types.ts';
import { plainMarkScore, wholeMark, type Form, type FormBuild } from './form.ts';
import { FORM_STORES } from './store.ts';
import { quoteGrounded } from './shared-checks.ts';
import { accepted, verdict } from './verdict.ts';

/** Kinds whose answers are names or short terms a learner can be asked to type. */
export const TYPEABLE_KINDS: ReadonlySet<string> = new Set([
	'person',
	'organization',
	'group',
	'place',
	'term',
	'event'
]);
/** Longer answers are recognised, not recalled: they stay multiple choice. */
export const MAX_TYPED_LENGTH = 40;

/**
 * Grades typed text against an answer: the article's wording or an alias once normalized, or
 * within the typo budget of one of them; words before it that only place it ("in Lisbon") or
 * name a rank ("Col. Jane Doe") do not count.
 */
export function gradeText(answer: TypedAnswer, text: unknown): Verdict {
	const typed = typeof text === 'string' ? text.trim() : '';
	if (typed === '')
		return verdict(false, answer.text, `No answer given; the answer is ${answer.text}`);
	// An input that normalizes to nothing ("?!") matches nothing, whatever the answer's text.
	const inputs = [...new Set([normalize(typed), bareAnswer(typed)])].filter(Boolean);
	const candidates = [answer.text, ...answer.aliases];
	const [mainForm, ...aliasForms] = candidates.map(normalize);
	if (inputs.includes(mainForm)) return accepted('exact', answer.text, 'Right.');
	if (inputs.some((input) => aliasForms.includes(input))) {
		return accepted('alias', answer.text, `Accepted: ${typed}; the article writes ${answer.text}`);
	}
	// A date typed more precisely, or by its year alone where the key names a month, is right.
	const dated = [typed, ...inputs].map((input) => dateAnswer(answer.text, input)).find(Boolean);
	if (dated)
		return accepted(
			'alias',
			answer.text,
			dated === 'finer'
				? `Accepted: ${typed}; the article writes ${answer.text}`
				: `Accepted: ${typed}; the article says ${answer.text}`
		);
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		for (const input of inputs) {
			const distance = typoDistance(input, candidate);
			if (distance !== undefined && (best === undefined || distance < best.distance)) {
				best = { candidate, distance };
			}
		}
	}
	if (best) {
		return accepted(
			'typo',
			answer.text,
			`Accepted as ${answer.text} (check the spelling: ${best.candidate}).`
		);
	}
	return verdict(false, answer.text, `Not quite: the answer is ${answer.text}`);
}

/** What a learner typed, in words: the text, or "no answer". */
export const describeText = (_: unknown, response: { text: string }) =>
	response.text.trim() || 'no answer';

/** A typed answer: a name or short term, graded with aliases and a typo budget. */
export const typed: Form<'typed'> = {
	...FORM_STORES['typed'],
	grade: (question, response) => gradeText(question.answer, response.text),
	expected: (question) => question.answer.text,
	describe: describeText,
	initial: () => undefined,
	answerable: (response) => response.text.trim() !== '',
	wire: v.object({ form: v.literal('typed'), text: v.pipe(v.string(), v.maxLength(200)) }),
	levelOf: () => 'recall',
	stem: (question) => question.prompt,
	mark: (_, response, verdict) => wholeMark(response, verdict),
	markScore: (_, mark) => plainMarkScore(mark),
	playerWire: v.object({ form: v.literal('typed'), prompt: v.string() }),
	playerView: ({ prompt }) => ({ form: 'typed', prompt }),
	fromPlayer: (_, response) => response
};

/** How typed questions are built from facts and checked. */
export const typedBuild: FormBuild<'typed'> = {
	form: 'typed',
	fromFact(fact, ctx) {
		const text = fact.answer.text;
		if (!TYPEABLE_KINDS.has(fact.kind) || text.length > MAX_TYPED_LENGTH || /\d/.test(text))
			return [];
		return [
			{
				id: factQuestionId(ctx.article, fact.id, 'typed'),
				form: 'typed',
				...ctx.common([fact]),
				prompt: fact.prompt,
				answer: { text, aliases: aliasesOf(fact) }
			}
		];
	},
	checks: {
		grounded: (q, ctx) =>
			q.answer.text !== ctx.byId.get(q.facts[0])?.answer.text
				? 'the typed answer is not the fact’s answer'
				: quoteGrounded(q, ctx),
		'form-fits': (q) =>
			q.answer.text.length > MAX_TYPED_LENGTH || /\d/.test(q.answer.text)
				? 'a typed answer must be a short name or term with no digits'
				: undefined
	}
};

import * as v from 'valibot';
import type { Fact } from '../../content/schema.ts';
import { crcOf, groupQuestionId } from '../../ids.ts';
import { contains } from '../text.ts';
import { quoteHoldsAnswer } from '../grounding.ts';
import { shuffle } from '../random.ts';
import type { Client, OrderItem, OrderQuestion } from '../types.ts';
import { partialMark, plainMarkScore, type Form, type FormBuild } from './form.ts';
import { FORM_STORES } from './store.ts';
import { firstFrom, ring } from './ring.ts';
import { accepted, verdict } from './verdict.ts';

// Words that place an event among others ("the latest coup"); "first performed" is the event's own.
const PLACE_WORDS = /\b(?:latest|previous|earlier|later|next|subsequent|last)\b/i;
const TIMELINE_SIZE = 4;

/** Two dates can be put in order when neither is a less precise form of the other. */
function orderable(a: string, b: string): boolean {
	return !a.startsWith(b) && !b.startsWith(a);
}

const labelOf = (question: Client<OrderQuestion>) => {
	const labels = new Map(question.items.map((item) => [item.fact, item.label]));
	return (fact: string) => labels.get(fact);
};

function expected(question: Client<OrderQuestion>): string {
	const items = new Map(question.items.map((item) => [item.fact, item]));
	return question.answer
		.map((fact) => {
			const item = items.get(fact);
			return item ? (item.when ? `${item.label} (${item.when})` : item.label) : fact;
		})
		.join(' → ');
}

/** Timeline order: four dated events, put earliest first; partial credit by pairs in order. */
export const order: Form<'order'> = {
	...FORM_STORES['order'],
	grade(question, response) {
		const answerText = expected(question);
		const given: unknown[] = Array.isArray(response.order) ? response.order : [];
		const { answer } = question;
		const exact = given.length === answer.length && answer.every((fact, i) => given[i] === fact);
		if (exact) return accepted('exact', answerText, 'Right.');
		// Position of each answer item placed exactly once; duplicated and missing items have none.
		const counts = new Map<unknown, number>();
		for (const fact of given) counts.set(fact, (counts.get(fact) ?? 0) + 1);
		const positions = answer.map((fact) => (counts.get(fact) === 1 ? given.indexOf(fact) : -1));
		// Unknown ids are items too, and misplaced ones: they add pairs that cannot be right.
		const known = new Set<unknown>(answer);
		const unknown = [...counts.keys()].filter((fact) => !known.has(fact)).length;
		const items = answer.length + unknown;
		const pairs = (items * (items - 1)) / 2;
		let concordant = 0;
		for (let i = 0; i < answer.length; i++) {
			for (let j = i + 1; j < answer.length; j++) {
				if (positions[i] >= 0 && positions[j] >= 0 && positions[i] < positions[j]) concordant++;
			}
		}
		const placed = answer.filter((fact, i) => given[i] === fact).length;
		// Extra entries are places too, so a list with an intruder never reads "4 of 4".
		const places = Math.max(answer.length, given.length);
		const score = pairs === 0 ? 0 : concordant / pairs;
		return verdict(
			false,
			answerText,
			`${placed} of ${places} in the right place; the right order is ${answerText}`,
			score
		);
	},
	expected,
	describe(question, response) {
		const label = labelOf(question);
		return response.order.map((id) => label(id) ?? '?').join(' → ');
	},
	initial: (question) => ({ form: 'order', order: question.items.map((item) => item.fact) }),
	answerable: () => true,
	wire: v.object({
		form: v.literal('order'),
		order: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{1,2}$/))), v.maxLength(12))
	}),
	levelOf: () => undefined,
	stem: (question) => question.prompt,
	mark: (_, response, verdict) => partialMark(response, verdict),
	markScore: (_, mark) => plainMarkScore(mark),
	playerWire: v.object({
		form: v.literal('order'),
		prompt: v.string(),
		items: v.array(v.object({ key: v.string(), label: v.string() }))
	}),
	playerView: ({ prompt, items }, rng) => ({
		form: 'order',
		prompt,
		items: shuffle(
			items.map((item, i) => ({ key: String(i), label: item.label })),
			rng
		)
	}),
	fromPlayer(question, response) {
		const facts = response.order.map((key) => question.items[Number(key)]?.fact);
		if (facts.some((fact) => fact === undefined) || new Set(facts).size !== facts.length)
			return undefined;
		return { form: 'order', order: facts.filter((fact) => fact !== undefined) };
	}
};

/** How order questions are built from facts and checked. */
export const orderBuild: FormBuild<'order'> = {
	form: 'order',
	fromFacts(facts, ctx) {
		const timeline = ring(facts.filter((fact) => fact.timeline && fact.answer.date));
		if (timeline.length < TIMELINE_SIZE) return [];
		// About one event in two starts a question, by its own key, so no other event decides it.
		let starts = timeline.filter((place) => place.key % 2 === 0);
		if (starts.length === 0) starts = [timeline[0]];
		const reach = Math.min(timeline.length, TIMELINE_SIZE * 8);
		const seen = new Set<string>();
		const questions: OrderQuestion[] = [];
		const dateOf = (fact: Fact) => fact.answer.date ?? '';
		for (const start of starts) {
			// Each start walks on from a point of its own, so two starts seldom share their events,
			// and a new event changes only the walks that pass it.
			const from = firstFrom(timeline, crcOf(`${start.fact.id} timeline`));
			const chosen = [start.fact];
			for (let step = 0; step < reach && chosen.length < TIMELINE_SIZE; step++) {
				const fact = timeline[(from + step) % timeline.length].fact;
				if (chosen.every((other) => other !== fact && orderable(dateOf(other), dateOf(fact))))
					chosen.push(fact);
			}
			if (chosen.length < TIMELINE_SIZE) continue;
			const sorted = [...chosen].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
			// Two starts can reach the same events: ask them once.
			const held = sorted.map((fact) => fact.id);
			if (seen.has(held.join(' '))) continue;
			seen.add(held.join(' '));
			let shown = shuffle(sorted, ctx.rng);
			if (shown.every((fact, i) => fact === sorted[i])) shown = [...shown.slice(1), shown[0]];
			const item = (fact: Fact): OrderItem => ({
				fact: fact.id,
				label: fact.timeline ?? fact.id,
				when: fact.answer.text,
				date: dateOf(fact)
			});
			questions.push({
				id: groupQuestionId(ctx.article, 'timeline', 'order', held),
				form: 'order',
				...ctx.common(sorted),
				prompt: 'Put these events in the order they happened, earliest first.',
				items: shown.map(item),
				answer: sorted.map((fact) => fact.id)
			});
		}
		return questions;
	},
	checks: {
		grounded: (q, ctx) => {
			for (const item of q.items) {
				const f = ctx.byId.get(item.fact);
				if (!f || f.answer.date !== item.date) return `item ${item.fact} is not dated by its fact`;
				if (!quoteHoldsAnswer(f)) return `the quote of ${item.fact} does not hold its date`;
			}
			return undefined;
		},
		'no-leak': (q) => {
			const leaking = q.items.find((item) => item.label.includes(item.date.slice(0, 4)));
			if (leaking) return `the label "${leaking.label}" gives its year away`;
			const placed = q.items.find((item) => PLACE_WORDS.test(item.label));
			return placed ? `the label "${placed.label}" tells its place in the order` : undefined;
		},
		'one-correct': (q) => {
			const dates = q.items.map((item) => item.date);
			const tied = dates.some((a, i) =>
				dates.some((b, j) => i < j && (a.startsWith(b) || b.startsWith(a)))
			);
			return tied ? 'two events cannot be told apart by date' : undefined;
		},
		attributed: () => undefined,
		'form-fits': (q, ctx) => {
			const undated = q.items.find((item) => {
				const fact = ctx.byId.get(item.fact);
				return !item.when || !fact || !contains(fact.quote, item.when);
			});
			return undated ? `"${undated.label}" has no date the article states` : undefined;
		}
	}
};

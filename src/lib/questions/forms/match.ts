import * as v from 'valibot';
import type { Fact } from '../../content/schema.ts';
import { groupQuestionId } from '../../ids.ts';
import { shuffle } from '../random.ts';
import { contains, normalize } from '../text.ts';
import type { Client, MatchQuestion } from '../types.ts';
import { partialMark, plainMarkScore, type Form, type FormBuild } from './form.ts';
import { acronymGiveaway, echoedWord } from './shared-checks.ts';
import { FORM_STORES } from './store.ts';
import { ring } from './ring.ts';
import { accepted, verdict } from './verdict.ts';

const MATCH_SIZE = 4;

/** Prompts for match questions by pair set; other sets get the generic prompt. */
const MATCH_PROMPTS: Record<string, string> = {
	acronyms: 'Match each acronym to what it stands for.',
	'people-roles': 'Match each person to their role in the article.'
};

/**
 * A pair set cut into groups of four, every pair in at least one. Pairs sit on a ring by key;
 * about one in four starts a segment, cut into groups from its start, the last topped up
 * with the pairs that follow, so a new pair regroups only its own segment.
 */
function matchGroups(members: readonly Fact[]): Fact[][] {
	const circle = ring(members);
	const starts = circle.flatMap((place, i) => (place.key % MATCH_SIZE === 0 ? [i] : []));
	if (starts.length === 0) starts.push(0);
	const groups: Fact[][] = [];
	starts.forEach((from, s) => {
		const to = s + 1 < starts.length ? starts[s + 1] : starts[0] + circle.length;
		for (let at = from; at < to; at += MATCH_SIZE)
			groups.push(
				Array.from({ length: MATCH_SIZE }, (_, k) => circle[(at + k) % circle.length].fact)
			);
	});
	return groups;
}

function expected(question: Client<MatchQuestion>): string {
	return question.left
		.map((left, i) => `${left} → ${question.right[question.answer[i]] ?? ''}`)
		.join('; ');
}

/** Matching: four names and four descriptions of one pair set; partial credit per pair. */
export const match: Form<'match'> = {
	...FORM_STORES['match'],
	grade(question, response) {
		const answerText = expected(question);
		const given: unknown[] = Array.isArray(response.pairs) ? response.pairs : [];
		const total = question.answer.length;
		const right = question.answer.filter((index, i) => given[i] === index).length;
		if (right === total) return accepted('exact', answerText, 'Right.');
		return verdict(false, answerText, `${right} of ${total} pairs right.`, right / total);
	},
	expected,
	describe: (question, response) =>
		question.left
			.map((left, i) => {
				const right = response.pairs[i];
				return `${left} → ${right === null || right === undefined ? '?' : (question.right[right] ?? '?')}`;
			})
			.join('; '),
	initial: (question) => ({ form: 'match', pairs: question.left.map(() => null) }),
	answerable: (response) => response.pairs.every((pair) => pair !== null),
	wire: v.object({
		form: v.literal('match'),
		pairs: v.pipe(
			v.array(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(11)))),
			v.maxLength(12)
		)
	}),
	levelOf: () => undefined,
	stem: (question) => question.prompt,
	mark: (_, response, verdict) => partialMark(response, verdict),
	markScore: (_, mark) => plainMarkScore(mark),
	playerWire: v.object({
		form: v.literal('match'),
		prompt: v.string(),
		left: v.array(v.string()),
		right: v.array(v.string())
	}),
	playerView: ({ prompt, left, right }) => ({
		form: 'match',
		prompt,
		left: [...left],
		right: [...right]
	}),
	fromPlayer: (question, response) =>
		response.pairs.length === question.left.length ? response : undefined
};

/** How match questions are built from facts and checked. */
export const matchBuild: FormBuild<'match'> = {
	form: 'match',
	fromFacts(facts, ctx) {
		const sets = new Map<string, Fact[]>();
		for (const fact of facts) {
			if (!fact.pair) continue;
			const members = sets.get(fact.pair.set) ?? [];
			members.push(fact);
			sets.set(fact.pair.set, members);
		}
		const questions: MatchQuestion[] = [];
		for (const [set, members] of sets) {
			if (members.length < MATCH_SIZE) continue;
			const seen = new Set<string>();
			for (const group of matchGroups(members)) {
				// A small set can be cut into the same group twice: ask it once.
				const held = group.map((fact) => fact.id);
				const key = [...held].sort().join(' ');
				if (seen.has(key)) continue;
				seen.add(key);
				let right = shuffle(group, ctx.rng);
				if (right.every((fact, i) => fact === group[i])) right = [...right.slice(1), right[0]];
				questions.push({
					id: groupQuestionId(ctx.article, set, 'match', held),
					form: 'match',
					...ctx.common(group),
					prompt:
						MATCH_PROMPTS[set] ?? 'Match each name on the left to its description on the right.',
					set,
					left: group.map((fact) => fact.pair?.left ?? fact.id),
					right: right.map((fact) => fact.pair?.right ?? fact.id),
					answer: group.map((fact) => right.indexOf(fact))
				});
			}
		}
		return questions;
	},
	checks: {
		grounded: (q, ctx) => {
			for (const id of q.facts) {
				const f = ctx.byId.get(id);
				if (!f?.pair) return `fact ${id} has no pair`;
				const quote = normalize(f.quote);
				if (!contains(quote, normalize(f.pair.left)) && !contains(quote, normalize(f.pair.right)))
					return `neither side of the pair of ${id} is in its quote`;
			}
			return undefined;
		},
		'no-leak': () => undefined,
		'one-correct': (q) => {
			const unique = (list: string[]) => new Set(list.map(normalize)).size === list.length;
			return unique(q.left) && unique(q.right)
				? undefined
				: 'a side repeats an item, so two matchings fit';
		},
		attributed: () => undefined,
		paraphrased: () => undefined,
		initials: (q) => {
			for (const [i, left] of q.left.entries()) {
				const right = q.right[q.answer[i]];
				const cue = acronymGiveaway([left], [right]) ?? acronymGiveaway([right], [left]);
				if (cue) return cue;
			}
			return undefined;
		},
		'shared-words': (q) => {
			for (const [i, left] of q.left.entries()) {
				const others = q.right.filter((_, j) => j !== q.answer[i]);
				const cue = echoedWord(left, q.right[q.answer[i]], others);
				if (cue) return `${left}: ${cue}`;
			}
			return undefined;
		}
	}
};

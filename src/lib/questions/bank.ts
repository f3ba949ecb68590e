import crc32 from 'crc/calculators/crc32';
import type { Article } from '../content/article.ts';
import type { ArticleContent } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { dateFormatOf } from './format.ts';
import { distractorsFor, indexFacts, type DistractorIndex } from './distractors.ts';
import { parseNumber } from './grade.ts';
import { createRng, seedFrom, shuffle, type Rng } from './random.ts';
import type {
	ChoiceQuestion,
	MatchQuestion,
	NumericQuestion,
	OrderItem,
	OrderQuestion,
	Question,
	TrueFalseQuestion,
	TypedQuestion
} from './types.ts';

/** Kinds whose answers are names or short terms a learner can be asked to type. */
const TYPEABLE = new Set(['person', 'organization', 'group', 'place', 'term', 'event']);
/** Longer answers are recognised, not recalled: they stay multiple choice. */
const MAX_TYPED_LENGTH = 40;
const TIMELINE_SIZE = 4;
const MATCH_SIZE = 4;

/** Prompts for match questions by pair set; other sets get the generic prompt. */
const MATCH_PROMPTS: Record<string, string> = {
	acronyms: 'Match each acronym to what it stands for.',
	'people-roles': 'Match each person to their role in the article.'
};

/** Everything built from one article folder: its questions, with its facts for explanations. */
export interface Bank {
	article: string;
	questions: Question[];
}

/**
 * Builds an article's question bank in every form the facts allow. Deterministic: the same
 * content and seed give the same questions, options and order on every machine.
 */
export function buildBank(
	content: ArticleContent,
	rng: Rng = createRng(seedFrom(content.article.id))
): Bank {
	const { article, facts } = content;
	const sectionOf = sectionIndex(article);
	const questions: Question[] = [];
	const statements = new Set<string>();
	const index = indexFacts(facts);
	for (const fact of facts) {
		// Facts that ask for different parts of one sentence share its true statement: ask it once.
		const made = factQuestions(fact, index, article.id, sectionOf, rng).filter(
			(q) => !(q.form === 'true-false' && q.answer && statements.has(q.statement))
		);
		statements.add(fact.statement);
		questions.push(...made);
	}
	questions.push(...orderQuestions(facts, article.id, sectionOf, rng));
	questions.push(...matchQuestions(facts, article.id, sectionOf, rng));
	return { article: article.id, questions };
}

interface Place {
	section: string;
	/** Paragraph ordinal in the article, then fact order within it. */
	position: number;
}

function sectionIndex(article: Article): Map<string, Place> {
	const map = new Map<string, Place>();
	let ordinal = 0;
	for (const section of article.sections)
		for (const paragraph of section.paragraphs)
			map.set(paragraph.id, { section: section.id, position: ordinal++ });
	return map;
}

function base(facts: Fact[], article: string, sectionOf: Map<string, Place>) {
	return {
		article,
		facts: facts.map((fact) => fact.id),
		position: Math.min(...facts.map((fact) => sectionOf.get(fact.paragraph)!.position)),
		sections: [...new Set(facts.map((fact) => sectionOf.get(fact.paragraph)!.section))],
		kinds: [...new Set(facts.map((fact) => fact.kind))],
		// Facts placed on the timeline join the timeline tag, so a deck can select the timeline.
		tags: [
			...new Set([
				...facts.flatMap((fact) => fact.tags),
				...(facts.some((fact) => fact.timeline) ? ['timeline'] : [])
			])
		]
	};
}

function factQuestions(
	fact: Fact,
	index: DistractorIndex,
	article: string,
	sectionOf: Map<string, Place>,
	rng: Rng
): Question[] {
	const common = base([fact], article, sectionOf);
	const questions: Question[] = [];
	const distractors = distractorsFor(fact, index, rng, 3);

	if (distractors.length >= 2) {
		const options = shuffle([fact.answer.text, ...distractors.map((d) => d.text)], rng);
		questions.push({
			id: `${article}/${fact.id}:choice`,
			form: 'choice',
			...common,
			prompt: fact.prompt,
			options,
			answer: options.indexOf(fact.answer.text)
		} satisfies ChoiceQuestion);
	}

	questions.push({
		id: `${article}/${fact.id}:true-false:true`,
		form: 'true-false',
		...common,
		prompt: 'True or false?',
		statement: fact.statement,
		answer: true
	} satisfies TrueFalseQuestion);
	if (distractors.length > 0) {
		const swapIn = distractors[rng.int(0, distractors.length - 1)].text;
		questions.push({
			id: `${article}/${fact.id}:true-false:false`,
			form: 'true-false',
			...common,
			prompt: 'True or false?',
			statement: fact.statement.replace(fact.answer.text, swapIn),
			answer: false,
			swap: { from: fact.answer.text, to: swapIn }
		} satisfies TrueFalseQuestion);
	}

	const text = fact.answer.text;
	if (TYPEABLE.has(fact.kind) && text.length <= MAX_TYPED_LENGTH && !/\d/.test(text)) {
		questions.push({
			id: `${article}/${fact.id}:typed`,
			form: 'typed',
			...common,
			prompt: fact.prompt,
			answer: { text, aliases: fact.answer.aliases }
		} satisfies TypedQuestion);
	}

	const year = fact.kind === 'date' && dateFormatOf(text) === 'year';
	if ((fact.kind === 'number' && fact.answer.value !== undefined) || year) {
		const value = year ? Number(text) : fact.answer.value!;
		const readable = parseNumber(text) === value || fact.answer.aliases.length > 0;
		if (year || readable || /[a-z]/i.test(text)) {
			questions.push({
				id: `${article}/${fact.id}:numeric`,
				form: 'numeric',
				...common,
				prompt: fact.prompt,
				answer: {
					text,
					value,
					tolerance: year ? 0 : fact.answer.tolerance,
					unit: year ? undefined : fact.answer.unit,
					aliases: fact.answer.aliases,
					year
				}
			} satisfies NumericQuestion);
		}
	}
	return questions;
}

/** Two dates can be put in order when neither is a less precise form of the other. */
function orderable(a: string, b: string): boolean {
	return !a.startsWith(b) && !b.startsWith(a);
}

const encoder = new TextEncoder();
const crcOf = (text: string) => crc32(encoder.encode(text)) >>> 0;

/**
 * The id of a question on several facts, `<article>/<set>:<form>:<key>`, where the key is the
 * CRC-32 of its sorted fact ids in base 36: the id names the facts the question holds.
 */
export function groupQuestionId(
	article: string,
	set: string,
	form: 'order' | 'match',
	facts: readonly string[]
): string {
	const key = crcOf([...facts].sort().join(' '))
		.toString(36)
		.padStart(7, '0');
	return `${article}/${set}:${form}:${key}`;
}

/** Facts on a ring, with the CRC-32 of each id: by that key, so a new fact moves no other. */
function ring(facts: readonly Fact[]): { fact: Fact; key: number }[] {
	return facts
		.map((fact) => ({ fact, key: crcOf(fact.id) }))
		.sort((a, b) => a.key - b.key || (a.fact.id < b.fact.id ? -1 : 1));
}

/** Where a walk from `key` begins on a ring: its first place at or after that key, wrapping. */
function firstFrom(circle: readonly { key: number }[], key: number): number {
	let low = 0;
	let high = circle.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (circle[mid].key < key) low = mid + 1;
		else high = mid;
	}
	return low % circle.length;
}

function orderQuestions(
	facts: Fact[],
	article: string,
	sectionOf: Map<string, Place>,
	rng: Rng
): OrderQuestion[] {
	const timeline = ring(facts.filter((fact) => fact.timeline && fact.answer.date));
	if (timeline.length < TIMELINE_SIZE) return [];
	// About one event in two starts a question, by its own key, so no other event decides it.
	let starts = timeline.filter((place) => place.key % 2 === 0);
	if (starts.length === 0) starts = [timeline[0]];
	const reach = Math.min(timeline.length, TIMELINE_SIZE * 8);
	const seen = new Set<string>();
	const questions: OrderQuestion[] = [];
	for (const start of starts) {
		// Each start walks on from a point of its own, so two starts seldom share their events,
		// and a new event changes only the walks that pass it.
		const from = firstFrom(timeline, crcOf(`${start.fact.id} timeline`));
		const chosen = [start.fact];
		for (let step = 0; step < reach && chosen.length < TIMELINE_SIZE; step++) {
			const fact = timeline[(from + step) % timeline.length].fact;
			if (
				chosen.every((other) => other !== fact && orderable(other.answer.date!, fact.answer.date!))
			)
				chosen.push(fact);
		}
		if (chosen.length < TIMELINE_SIZE) continue;
		const sorted = [...chosen].sort((a, b) => a.answer.date!.localeCompare(b.answer.date!));
		// Two starts can reach the same events: ask them once.
		const held = sorted.map((fact) => fact.id);
		if (seen.has(held.join(' '))) continue;
		seen.add(held.join(' '));
		let shown = shuffle(sorted, rng);
		if (shown.every((fact, i) => fact === sorted[i])) shown = [...shown.slice(1), shown[0]];
		const item = (fact: Fact): OrderItem => ({
			fact: fact.id,
			label: fact.timeline!,
			when: fact.answer.text,
			date: fact.answer.date!
		});
		questions.push({
			id: groupQuestionId(article, 'timeline', 'order', held),
			form: 'order',
			...base(sorted, article, sectionOf),
			prompt: 'Put these events in the order they happened, earliest first.',
			items: shown.map(item),
			answer: sorted.map((fact) => fact.id)
		});
	}
	return questions;
}

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

function matchQuestions(
	facts: Fact[],
	article: string,
	sectionOf: Map<string, Place>,
	rng: Rng
): MatchQuestion[] {
	const sets = new Map<string, Fact[]>();
	for (const fact of facts) {
		if (!fact.pair) continue;
		if (!sets.has(fact.pair.set)) sets.set(fact.pair.set, []);
		sets.get(fact.pair.set)!.push(fact);
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
			let right = shuffle(group, rng);
			if (right.every((fact, i) => fact === group[i])) right = [...right.slice(1), right[0]];
			questions.push({
				id: groupQuestionId(article, set, 'match', held),
				form: 'match',
				...base(group, article, sectionOf),
				prompt:
					MATCH_PROMPTS[set] ?? 'Match each name on the left to its description on the right.',
				set,
				left: group.map((fact) => fact.pair!.left),
				right: right.map((fact) => fact.pair!.right),
				answer: group.map((fact) => right.indexOf(fact))
			});
		}
	}
	return questions;
}

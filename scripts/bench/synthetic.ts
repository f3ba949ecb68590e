import type { Article } from '../../src/lib/content/article.ts';
import type { ArticleContent } from '../../src/lib/content/corpus.ts';
import type { Fact } from '../../src/lib/content/schema.ts';
import { createRng } from '../../src/lib/questions/random.ts';

const UNITS = ['soldiers', 'people', 'kilometres', 'euros', 'percent'];
const SECTIONS = 10;
const VERBS = 'raised cut froze ended doubled halved reformed banned taxed funded'.split(' ');
const OBJECTS =
	'taxes wages trade rents tariffs pensions subsidies exports imports loans fees tolls quotas bonds grants duties levies rates prices rations'.split(
		' '
	);
const POLICIES = ['cut aid', 'froze talks', 'ended patrols', 'closed borders'];

/**
 * A made-up article of `size` facts of every kind, shaped like real content: for measuring how
 * building decks grows with the number of facts.
 */
export function syntheticArticle(size: number, seed = 1): ArticleContent {
	const rng = createRng(seed);
	const paragraphsPerSection = Math.ceil(size / SECTIONS);
	const article: Article = {
		id: `synthetic-${size}`,
		title: `Synthetic article of ${size} facts`,
		language: 'en',
		source: 'Generated for benchmarks.',
		sections: Array.from({ length: SECTIONS }, (_, s) => ({
			id: `section-${s + 1}`,
			title: `Section ${s + 1}`,
			paragraphs: Array.from({ length: paragraphsPerSection }, (_, p) => {
				const n = s * paragraphsPerSection + p + 1;
				return { id: `p${n}`, role: 'text' as const, text: `Paragraph ${n}.`, line: n };
			})
		}))
	};
	const facts: Fact[] = [];
	for (let i = 0; i < size; i++) {
		const paragraph = `p${i + 1}`;
		const base = { paragraph, attribution: 'article', tags: [`tag-${i % 12}`], note: undefined };
		const which = i % 7;
		if (which === 0) {
			const value = rng.int(2, 90_000);
			const text = value.toLocaleString('en-US');
			const unit = UNITS[i % UNITS.length];
			facts.push({
				...base,
				id: `number-${i}`,
				kind: 'number',
				prompt: `How many ${unit} in case ${i}?`,
				statement: `Case ${i} counted ${text} ${unit}.`,
				quote: `counted ${text} ${unit}`,
				answer: { text, value, unit, tolerance: 0, aliases: [], distractors: [] }
			});
		} else if (which === 1) {
			const year = String(1900 + rng.int(0, 120));
			facts.push({
				...base,
				id: `date-${i}`,
				kind: 'date',
				prompt: `In which year did event ${i} happen?`,
				statement: `Event ${i} happened in ${year}.`,
				quote: `in ${year}`,
				timeline: `Event number ${i}`,
				answer: { text: year, date: year, tolerance: 0, aliases: [], distractors: [] }
			});
		} else if (which === 2) {
			const name = `Person ${String.fromCharCode(65 + (i % 26))}${i}`;
			facts.push({
				...base,
				id: `person-${i}`,
				kind: 'person',
				prompt: `Who led group ${i}?`,
				statement: `${name} led the group.`,
				quote: `${name} led`,
				pair: { set: `roles-${Math.floor(i / 28)}`, left: name, right: `Leader of group ${i}` },
				answer: { text: name, tolerance: 0, aliases: [], distractors: [] }
			});
		} else if (which === 3) {
			const place = `Town${i}`;
			facts.push({
				...base,
				id: `place-${i}`,
				kind: 'place',
				prompt: `Where did meeting ${i} take place?`,
				statement: `The meeting took place in ${place}.`,
				quote: `in ${place}`,
				answer: { text: place, category: 'city', tolerance: 0, aliases: [], distractors: [] }
			});
		} else if (which === 4) {
			const group = `Front ${i}`;
			facts.push({
				...base,
				id: `group-${i}`,
				kind: 'group',
				prompt: `Which group signed accord ${i}?`,
				statement: `The ${group} signed the accord.`,
				quote: `${group} signed`,
				answer: { text: group, tolerance: 0, aliases: [], distractors: [] }
			});
		} else if (which === 5) {
			const term = `Operation Code${i}`;
			facts.push({
				...base,
				id: `term-${i}`,
				kind: 'term',
				prompt: `Which operation began mission ${i}?`,
				statement: `${term} began the mission.`,
				quote: `${term} began`,
				answer: { text: term, tolerance: 0, aliases: [], distractors: [] }
			});
		} else {
			// Claims of a real article rarely share an answer: one in several hundred does here.
			const claim = `${VERBS[i % VERBS.length]} ${OBJECTS[Math.floor(i / VERBS.length) % OBJECTS.length]}`;
			facts.push({
				...base,
				id: `claim-${i}`,
				kind: 'claim',
				prompt: `According to the article, what did policy ${i} do?`,
				statement: `According to the article, policy ${i} ${claim}.`,
				quote: claim,
				answer: {
					text: claim,
					tolerance: 0,
					aliases: [],
					distractors: POLICIES.filter((other) => other !== claim).slice(0, 3)
				}
			});
		}
	}
	return {
		article,
		facts,
		uncovered: [],
		distractors: {},
		decks: [
			{
				id: 'all',
				title: 'All',
				description: 'Everything.',
				select: { tags: [], kinds: [], sections: [], forms: [] }
			},
			...article.sections.map((section) => ({
				id: section.id,
				title: section.title,
				description: section.title,
				select: { tags: [], kinds: [], sections: [section.id], forms: [] }
			})),
			{
				id: 'numbers',
				title: 'Numbers',
				description: 'Numbers and dates.',
				select: { tags: [], kinds: ['number' as const, 'date' as const], sections: [], forms: [] }
			}
		]
	};
}

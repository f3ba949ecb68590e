import { paragraphsOf } from '../lib/content/article.ts';
import type { Corpus } from '../lib/content/index.ts';
import { choicesOf, expectedAnswer, stemOf } from '../lib/questions/grade.ts';
import { buildLibrary, sampleQuiz } from '../lib/questions/index.ts';
import type { Question } from '../lib/questions/types.ts';
import { wholeNumber } from './export.ts';
import { UsageError } from './usage-error.ts';

/** The options `sample` reads from the command line. */
export interface SampleOptions {
	deck?: string;
	seed?: string;
	count?: string;
	/** Questions per quiz: the sheet is drawn as successive quizzes of this size. */
	quiz?: string;
}

/** Text safe inside a Markdown table cell or line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * A review sheet in Markdown: questions drawn at random from a deck (one per fact, as a quiz draws
 * them), each with its fact, quote and paragraph, and a verdict and a rule to fill in.
 */
export function runSample(corpus: Corpus, options: SampleOptions): string {
	if (!options.deck) throw new UsageError('sample needs --deck ARTICLE/DECK');
	const seed = wholeNumber('seed', options.seed, 0) ?? 1;
	const count = wholeNumber('count', options.count, 1) ?? 60;
	const quizSize = wholeNumber('quiz', options.quiz, 1) ?? 20;
	const library = buildLibrary(corpus);
	const deck = library.deck(options.deck);
	if (!deck) {
		const known = library.articles.flatMap((a) => a.decks.map((d) => d.key));
		throw new UsageError(`no deck "${options.deck}"; decks: ${known.join(', ')}`);
	}
	const build = library.articles.find((a) => a.content.article.id === deck.article)!;
	const facts = new Map(build.content.facts.map((fact) => [fact.id, fact]));
	const paragraphs = new Map(paragraphsOf(build.content.article).map((p) => [p.id, p.text]));
	const pool = deck.questions.map((id) => library.question(id)!);
	// Successive quizzes, as a learner takes them: rule 12 holds within one, and no fact repeats.
	const drawn: { quiz: number; question: Question }[] = [];
	for (let quiz = 1; drawn.length < count; quiz++) {
		const asked = new Set(drawn.flatMap(({ question }) => question.facts));
		const left = pool.filter((q) => !q.facts.some((fact) => asked.has(fact)));
		const size = Math.min(quizSize, count - drawn.length);
		const next = sampleQuiz(left, { count: size, forms: [], order: 'random' }, seed + quiz - 1);
		if (next.length === 0) break;
		drawn.push(...next.map((question) => ({ quiz, question })));
	}
	const quizzes = drawn.at(-1)?.quiz ?? 0;

	const lines = [
		`# Review sheet: ${deck.title} (${deck.key}), seed ${seed}`,
		'',
		`${drawn.length} questions drawn at random, one per fact, as ${quizzes} quiz${quizzes === 1 ? '' : 'zes'} of up to`,
		`${quizSize} drawn as the app draws a quiz (no fact twice in the sheet), with`,
		`\`npm run factdeck -- sample --deck ${deck.key} --seed ${seed} --count ${count} --quiz ${quizSize}\`.`,
		'Judge each against the article and `docs/quality.md`, as a strict teacher setting an exam',
		'would: mark each `ok`, `weak` (acceptable, could be better: say how) or `flawed` (name the',
		'number of the rule it breaks). Rule 12 (questions answering each other) is about questions',
		'of the same quiz. "Shown after answering" is what the learner then sees besides the key;',
		'the paragraph is context for the reviewer (the learner reaches it by a link).',
		'',
		'| # | quiz | question | form | verdict | rule broken | note |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...drawn.map(
			({ quiz, question }, i) =>
				`| ${i + 1} | ${quiz} | \`${question.id}\` | ${question.form} | | | |`
		),
		''
	];
	for (const [i, { quiz, question }] of drawn.entries())
		lines.push(...describe(i + 1, quiz, question));
	return lines.join('\n');

	function describe(n: number, quiz: number, question: Question): string[] {
		const stem = stemOf(question);
		const options = choicesOf(question);
		const out = [
			`## ${n}. ${question.form}: \`${question.id}\``,
			'',
			`**Quiz:** ${quiz}`,
			`**Asked:** ${cell(question.prompt)}`
		];
		if (stem !== question.prompt) out.push(`**Stem:** ${cell(stem)}`);
		if (question.form === 'order')
			out.push(`**Items:** ${question.items.map((item) => cell(item.label)).join(' · ')}`);
		if (question.form === 'match')
			out.push(
				`**Left:** ${question.left.map(cell).join(' · ')}`,
				`**Right:** ${question.right.map(cell).join(' · ')}`
			);
		if (options && question.form !== 'true-false')
			out.push(
				`**Options:** ${options.map((o, k) => `${String.fromCharCode(65 + k)}. ${cell(o)}`).join(' · ')}`
			);
		out.push(`**Answer:** ${cell(expectedAnswer(question))}`);
		const key = 'answer' in question ? question.answer : undefined;
		const aliases = key && !Array.isArray(key) && typeof key === 'object' ? key.aliases : [];
		if (aliases.length > 0) out.push(`**Also accepted:** ${aliases.map(cell).join(' · ')}`);
		if (question.form === 'true-false' && question.correction)
			out.push(`**Correction:** ${cell(question.correction)}`);
		for (const id of question.facts) {
			const fact = facts.get(id);
			if (!fact) continue;
			const source =
				fact.attribution === 'article' ? 'the article' : `the article, citing ${fact.attribution}`;
			out.push(
				'',
				`**Fact \`${fact.id}\`** (${fact.kind}): ${cell(fact.statement)}`,
				`**Shown after answering:** “${cell(fact.quote)}” (${source}, ${fact.paragraph})${fact.note ? ` · note: ${cell(fact.note)}` : ''}`,
				`**Paragraph** (context, not shown): ${cell(paragraphs.get(fact.paragraph) ?? '')}`
			);
		}
		out.push('', '**Verdict:**', '', '**Rule broken:**', '');
		return out;
	}
}

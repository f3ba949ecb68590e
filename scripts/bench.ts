// `npm run bench`: times what factdeck computes, each case in a fresh Node process, against budgets.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { readContentFiles } from '../src/node/content-files.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';
import { buildBank } from '../src/lib/questions/bank.ts';
import { buildDecks } from '../src/lib/questions/decks.ts';
import { draftArticle } from '../src/lib/content/draft/index.ts';
import { syntheticArticle } from './bench/synthetic.ts';
import { storageSizes } from './bench/storage.ts';
import { queueOnce, syntheticCards } from './bench/queue.ts';

const NOW = Date.UTC(2026, 10, 28, 12);

interface Measure {
	/** Median wall time of the runs, in milliseconds. */
	ms: number;
	/** The first run's time: cold code, as a page or a build meets it. */
	firstMs: number;
	/** Peak resident memory of the process, in MiB. */
	peakMiB: number;
}

/** A case's Measure as its process prints it, read back by the process that runs every case. */
const MeasureSchema: v.GenericSchema<Measure> = v.object({
	ms: v.number(),
	firstMs: v.number(),
	peakMiB: v.number()
});

const RUNS = 7;

function time(work: () => void): Measure {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		ms: sorted[Math.floor(RUNS / 2)],
		firstMs: times[0],
		peakMiB: process.resourceUsage().maxRSS / 1024
	};
}

const FIRST_ARTICLE = 'questions/mali-france-russia/source.txt';

/** A text of `words` words: the first article's paragraphs repeated, as a long article would read. */
function longText(words: number): string {
	const paragraphs = readFileSync(FIRST_ARTICLE, 'utf8')
		.split(/\n\s*\n/)
		.filter(Boolean);
	const out: string[] = [];
	for (let count = 0, i = 0; count < words; i++) {
		const paragraph = paragraphs[i % paragraphs.length].split(/\s+/).slice(0, words - count);
		out.push(paragraph.join(' '));
		count += paragraph.length;
	}
	return out.join('\n\n');
}

const draftOf = (text: string) => () =>
	time(() => {
		draftArticle({ id: 'bench', text, format: 'text', title: 'Bench', source: 'bench' });
	});

/** The cases, each run alone in its own process so memory and warm-up do not leak between them. */
const CASES: Record<string, () => Measure> = {
	'draft:article': () => draftOf(readFileSync(FIRST_ARTICLE, 'utf8'))(),
	'draft:10000-words': () => draftOf(longText(10_000))(),
	'decks:article': () => {
		const corpus = loadCorpus(readContentFiles('questions'));
		return time(() => {
			for (const content of corpus.articles) buildDecks(content, buildBank(content));
		});
	},
	...Object.fromEntries(
		[10_000, 100_000].map((size) => [
			`queue:${size}`,
			() => {
				const prepared = syntheticCards(size, NOW);
				return time(() => queueOnce(prepared, NOW));
			}
		])
	),
	...Object.fromEntries(
		[2_500, 5_000, 10_000].map((size) => [
			`decks:synthetic:${size}`,
			() => {
				const content = syntheticArticle(size);
				return time(() => buildDecks(content, buildBank(content)));
			}
		])
	)
};

interface Budget {
	label: string;
	run: string;
	limitMs: number;
}

const BUDGETS: Budget[] = [
	{ label: 'every deck of the articles in questions/', run: 'decks:article', limitMs: 50 },
	{ label: 'drafting the first article (2,500 words)', run: 'draft:article', limitMs: 2000 },
	{ label: 'drafting a 10,000-word text', run: 'draft:10000-words', limitMs: 2000 },
	{ label: 'every deck of 10,000 synthetic facts', run: 'decks:synthetic:10000', limitMs: 2000 },
	{ label: 'the due queue of 10,000 fact cards', run: 'queue:10000', limitMs: 20 },
	{ label: 'the due queue of 100,000 fact cards', run: 'queue:100000', limitMs: 200 }
];

const only = process.argv.indexOf('--case');
if (only >= 0) {
	process.stdout.write(JSON.stringify(CASES[process.argv[only + 1]]()));
	process.exit(0);
}

const results = new Map<string, Measure>();
for (const name of Object.keys(CASES)) {
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/bench.ts', '--case', name],
		{
			encoding: 'utf8'
		}
	);
	if (child.status !== 0) {
		console.error(`bench case ${name} failed:\n${child.stderr}`);
		process.exit(1);
	}
	results.set(name, v.parse(MeasureSchema, JSON.parse(child.stdout)));
}

const rows = [...results].map(([name, m]) => [
	name,
	`${m.ms.toFixed(1)} ms`,
	`${m.firstMs.toFixed(1)} ms`,
	`${m.peakMiB.toFixed(0)} MiB`
]);
const header = ['case', `median of ${RUNS}`, 'first run', 'peak RSS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows])
	console.log(
		row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
	);

const perFact = [2_500, 5_000, 10_000].map((n) => results.get(`decks:synthetic:${n}`)!.ms / n);
const growth = perFact[2] / perFact[0];
console.log(
	`\ngrowth: ${perFact.map((t) => `${(t * 1000).toFixed(1)} µs`).join(' → ')} per fact from 2,500 to 10,000 facts (×${growth.toFixed(2)}; linear is ×1)`
);

const sizes = storageSizes();
console.log(
	`\nstored progress: ${sizes.perAttempt.toFixed(1)} bytes per answer, ${sizes.perFact.toFixed(1)} bytes more for an answer on a fact not yet answered`
);
console.log(
	`a year of daily study (${sizes.yearAttempts.toLocaleString('en-US')} answers on ${sizes.yearFacts} questions): ${(sizes.yearBytes / 1000).toFixed(0)} kB as UTF-8, ${(sizes.yearUtf16 / 1000).toFixed(0)} kB as the UTF-16 localStorage keeps`
);

let failed = 0;
console.log('\nbudgets:');
for (const budget of BUDGETS) {
	const ms = results.get(budget.run)!.ms;
	const pass = ms < budget.limitMs;
	if (!pass) failed++;
	console.log(
		`  ${pass ? 'pass' : 'FAIL'}  ${budget.label}: ${ms.toFixed(1)} ms (budget ${budget.limitMs} ms)`
	);
}
const fits = sizes.yearBytes < 1_000_000;
if (!fits) failed++;
console.log(
	`  ${fits ? 'pass' : 'FAIL'}  a year of daily study: ${(sizes.yearBytes / 1000).toFixed(0)} kB (budget 1,000 kB)`
);
const linear = growth < 1.5;
if (!linear) failed++;
console.log(
	`  ${linear ? 'pass' : 'FAIL'}  time per fact stays flat from 2,500 to 10,000 facts (×${growth.toFixed(2)}, budget ×1.5)`
);
process.exit(failed > 0 ? 1 : 0);

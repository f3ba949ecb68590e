import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	ContentError,
	coverageGaps,
	describeDrafts,
	formatProblem,
	loadCorpus
} from '../lib/content/index.ts';
import type { Corpus } from '../lib/content/index.ts';
import { runReport } from './report.ts';
import { runSample } from './sample.ts';
import { runDraft } from './draft.ts';
import { runExport, type ExportOutput } from './export.ts';
import { UsageError } from './usage-error.ts';
import { CONTENT_ROOT, readContentFiles } from '../node/content-files.ts';

const USAGE = `Usage: npm run factdeck -- <command> [options]

Commands:
  draft [FILE] --id ID     draft questions/ID/ from a plain-text, Markdown or HTML article (FILE,
                           or standard input): article.md, decks.yaml and facts.yaml of candidate
                           facts marked draft: true; refuses an existing folder without --force
    --title T --source S --author A --date YYYY[-MM[-DD]] --licence L --language L
                           the front matter (the title defaults to the text's first # heading)
    --format F             text, markdown or html (default: from the file name)
  validate                 check every article folder under questions/
  report [--failures]      quality table per deck: questions by form, each check's pass rate
  sample --deck ARTICLE/DECK [--seed N] [--count N] [--quiz N]
                           a review sheet in Markdown: N questions (default 60) drawn at
                           random from the deck as successive quizzes of --quiz questions
                           (default 20), each with its fact, what the learner sees after
                           answering, its paragraph, and a verdict and a rule to fill in
  export --deck ARTICLE/DECK [--seed N] [--count N] [--format F] [--out FILE]
  export --class CODE [--format F] [--out FILE]
                           write a deck, a seeded quiz drawn from it, or the class quiz a
                           class code gives, to a file or stdout; F is json (the default),
                           gift, moodle-xml, kahoot (needs --out), quizlet, apkg (the Anki
                           package, needs --out), anki (Anki's text import, for an English
                           Anki only) or csv; what a format cannot hold is listed on stderr
    --base-url URL         link feedback to the article's paragraphs on the site at URL
    --time-limit SECONDS   seconds per Kahoot question (default 20)
    --no-ordering          moodle-xml only: leave out ordering questions. Moodle has the
                           ordering question type built in only from 4.4; an older Moodle
                           stops the whole import at the first one and saves nothing

Options:
  --content DIR            read articles from DIR instead of questions/
  --help                   show this help`;

function loadOrExit(root: string): Corpus {
	try {
		return loadCorpus(readContentFiles(root));
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		for (const problem of error.problems)
			console.error(formatProblem({ ...problem, file: `${root}/${problem.file}` }));
		process.exit(1);
	}
}

/** Lists on stderr the questions a format left out or shortened, and what to know on import. */
function printReport({ report, note }: ExportOutput): void {
	if (note) console.error(`Note: ${note}`);
	if (report.left.length > 0) {
		console.error(`Left out ${report.left.length} question${report.left.length === 1 ? '' : 's'}:`);
		for (const { question, reason } of report.left) console.error(`  ${question}: ${reason}`);
	}
	if (report.shortened.length > 0) {
		const n = report.shortened.length;
		console.error(`Shortened ${n} question${n === 1 ? '' : 's'} to fit:`);
		for (const { question, field } of report.shortened) console.error(`  ${question}: ${field}`);
	}
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === 'help') {
		console.log(USAGE);
		return command ? 0 : 2;
	}
	const { values, positionals } = parseArgs({
		args: rest,
		strict: true,
		allowPositionals: true,
		options: {
			content: { type: 'string', default: CONTENT_ROOT },
			failures: { type: 'boolean', default: false },
			deck: { type: 'string' },
			class: { type: 'string' },
			seed: { type: 'string' },
			count: { type: 'string' },
			quiz: { type: 'string' },
			format: { type: 'string', default: 'json' },
			out: { type: 'string' },
			'base-url': { type: 'string' },
			'time-limit': { type: 'string' },
			id: { type: 'string' },
			title: { type: 'string' },
			source: { type: 'string' },
			author: { type: 'string' },
			date: { type: 'string' },
			licence: { type: 'string' },
			language: { type: 'string' },
			force: { type: 'boolean', default: false },
			'no-ordering': { type: 'boolean', default: false }
		}
	});
	if (command === 'draft') {
		if (positionals.length > 1) throw new UsageError('draft takes one file at most');
		console.log(
			runDraft(positionals[0], {
				...values,
				format: values.format === 'json' ? undefined : values.format
			})
		);
		return 0;
	}
	if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
	const corpus = loadOrExit(values.content);
	switch (command) {
		case 'validate': {
			let gaps = 0;
			for (const content of corpus.articles) {
				const { unexplained, stale } = coverageGaps(content);
				console.log(
					`${content.article.id}: ${content.facts.length} facts, ${content.decks.length} decks`
				);
				if (unexplained.length > 0)
					console.log(`  no fact and no reason in uncovered.yaml: ${unexplained.join(', ')}`);
				if (stale.length > 0)
					console.log(`  uncovered.yaml lists paragraphs that have facts: ${stale.join(', ')}`);
				gaps += unexplained.length + stale.length;
			}
			for (const line of describeDrafts(corpus)) console.log(line);
			return gaps > 0 ? 1 : 0;
		}
		case 'report':
			return runReport(corpus, { failures: values.failures });
		case 'sample': {
			const sheet = runSample(corpus, values);
			if (values.out) {
				writeFileSync(values.out, sheet);
				console.error(`Wrote the review sheet to ${values.out}`);
			} else process.stdout.write(sheet);
			return 0;
		}
		case 'export': {
			const output = await runExport(corpus, values);
			printReport(output);
			if (values.out) {
				writeFileSync(values.out, output.data);
				console.error(`Wrote ${output.summary} to ${values.out}`);
			} else process.stdout.write(output.data);
			return 0;
		}
		default:
			throw new UsageError(`unknown command "${command}"`);
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	const known =
		error instanceof UsageError ||
		(error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
	if (!known) throw error;
	console.error(`factdeck: ${error.message}\n\n${USAGE}`);
	process.exitCode = 2;
}

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContentError, coverageGaps, formatProblem, loadCorpus } from '../lib/content/index.ts';
import type { Corpus } from '../lib/content/index.ts';
import { runReport } from './report.ts';
import { runExport } from './export.ts';
import { UsageError } from './usage-error.ts';
import { CONTENT_ROOT, readContentFiles } from '../node/content-files.ts';

const USAGE = `Usage: npm run factdeck -- <command> [options]

Commands:
  validate                 check every article folder under questions/
  report [--failures]      quality table per deck: questions by form, each check's pass rate
  export --deck ARTICLE/DECK [--seed N] [--count N] [--format json] [--out FILE]
                           write a deck (or a seeded quiz drawn from it) to a file or stdout

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

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === 'help') {
		console.log(USAGE);
		return command ? 0 : 2;
	}
	const { values } = parseArgs({
		args: rest,
		strict: true,
		allowPositionals: false,
		options: {
			content: { type: 'string', default: CONTENT_ROOT },
			failures: { type: 'boolean', default: false },
			deck: { type: 'string' },
			seed: { type: 'string' },
			count: { type: 'string' },
			format: { type: 'string', default: 'json' },
			out: { type: 'string' }
		}
	});
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
			return gaps > 0 ? 1 : 0;
		}
		case 'report':
			return runReport(corpus, { failures: values.failures });
		case 'export': {
			const output = runExport(corpus, values);
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
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	const known =
		error instanceof UsageError ||
		(error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
	if (!known) throw error;
	console.error(`factdeck: ${(error as Error).message}\n\n${USAGE}`);
	process.exitCode = 2;
}

import { coverageGaps, loadCorpus, ContentError, formatProblem } from '../lib/content/index.ts';
import { readContentFiles, CONTENT_ROOT } from '../node/content-files.ts';

const [command] = process.argv.slice(2);
if (command === 'validate') {
	try {
		const corpus = loadCorpus(readContentFiles(CONTENT_ROOT));
		for (const content of corpus.articles) {
			const { article, facts, decks } = content;
			console.log(`${article.id}: ${facts.length} facts, ${decks.length} decks`);
			const gaps = coverageGaps(content);
			if (gaps.unexplained.length > 0)
				console.log(
					`  paragraphs with no fact and no reason in uncovered.yaml: ${gaps.unexplained.join(', ')}`
				);
			if (gaps.stale.length > 0)
				console.log(
					`  uncovered.yaml lists paragraphs that now have facts: ${gaps.stale.join(', ')}`
				);
		}
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		for (const problem of error.problems)
			console.error(formatProblem({ ...problem, file: `${CONTENT_ROOT}/${problem.file}` }));
		process.exit(1);
	}
}

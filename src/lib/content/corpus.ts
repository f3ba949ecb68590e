import { parseArticle, type Article } from './article.ts';
import { parseFacts } from './facts.ts';
import { parseList, readYaml } from './yaml.ts';
import { ContentError, type Problem } from './problems.ts';
import { paragraphsOf } from './article.ts';
import {
	DeckSchema,
	DistractorListSchema,
	SLUG,
	UncoveredSchema,
	type DeckSpec,
	type DistractorLists,
	type Fact,
	type Uncovered
} from './schema.ts';

/** A content file as read from disk: its path relative to the content root, and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

/** One article folder, loaded and validated. */
export interface ArticleContent {
	article: Article;
	facts: Fact[];
	decks: DeckSpec[];
	/** Paragraphs deliberately left without a fact, with the reviewed reason. */
	uncovered: Uncovered[];
	/** The article's own wrong options (distractors.yaml), by `kind` or `kind/category`. */
	distractors: DistractorLists;
}

/** How many of an article's facts are drafts, left out of its decks until an author publishes them. */
export interface DraftCount {
	article: string;
	title: string;
	/** Facts in facts.yaml marked `draft: true`. */
	drafts: number;
	/** Facts published: when none is, the article is held back from the site. */
	published: number;
}

/** Every article folder under the content root, sorted by id. */
export interface Corpus {
	/** The articles on the site: those with at least one published fact. */
	articles: ArticleContent[];
	/** Every article that has draft facts, including those held back because all their facts are. */
	drafts: DraftCount[];
}

const REQUIRED = ['article.md', 'facts.yaml', 'decks.yaml'] as const;

/**
 * Loads every `<article>/{article.md,facts.yaml,decks.yaml}` among the files. Collects every
 * problem of every file, then throws one ContentError listing them all.
 */
export function loadCorpus(files: readonly ContentFile[]): Corpus {
	const problems: Problem[] = [];
	const folders = new Map<string, Map<string, ContentFile>>();
	for (const file of files) {
		const [folder, name, ...rest] = file.path.split('/');
		if (!name || rest.length > 0) continue;
		if (!folders.has(folder)) folders.set(folder, new Map());
		folders.get(folder)!.set(name, file);
	}

	const articles: ArticleContent[] = [];
	const drafts: DraftCount[] = [];
	for (const [folder, byName] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
		if (!SLUG.test(folder)) {
			problems.push({ file: folder, line: 1, message: 'an article folder name must be a slug' });
			continue;
		}
		const missing = REQUIRED.filter((name) => !byName.has(name));
		for (const name of missing)
			problems.push({ file: `${folder}/${name}`, line: 1, message: 'file is missing' });
		if (missing.length > 0) continue;

		const articleFile = byName.get('article.md')!;
		const { article, problems: articleProblems } = parseArticle(
			folder,
			articleFile.path,
			articleFile.text
		);
		problems.push(...articleProblems);
		if (!article) continue;

		const factsFile = byName.get('facts.yaml')!;
		const {
			facts,
			drafts: drafted,
			problems: factProblems
		} = parseFacts(factsFile.path, factsFile.text, article);
		problems.push(...factProblems);

		const decksFile = byName.get('decks.yaml')!;
		const { decks, problems: deckProblems } = parseDecks(decksFile, article);
		problems.push(...deckProblems);

		const uncoveredFile = byName.get('uncovered.yaml');
		const { uncovered, problems: uncoveredProblems } = uncoveredFile
			? parseUncovered(uncoveredFile, article)
			: { uncovered: [], problems: [] };
		problems.push(...uncoveredProblems);

		const listsFile = byName.get('distractors.yaml');
		const { lists, problems: listProblems } = listsFile
			? parseDistractorLists(listsFile)
			: { lists: {}, problems: [] };
		problems.push(...listProblems);

		if (drafted.length > 0)
			drafts.push({
				article: folder,
				title: article.title,
				drafts: drafted.length,
				published: facts.length
			});
		// An article whose facts are all drafts has nothing to ask yet: it stays off the site.
		if (facts.length > 0 || drafted.length === 0)
			articles.push({ article, facts, decks, uncovered, distractors: lists });
	}
	if (problems.length > 0) throw new ContentError(problems);
	return { articles, drafts };
}

function parseDecks(
	file: ContentFile,
	article: Article
): { decks: DeckSpec[]; problems: Problem[] } {
	const yaml = readYaml(file.path, file.text);
	const { items, problems } = parseList(file.path, yaml, DeckSchema, 'decks');
	const sectionIds = new Set(article.sections.map((section) => section.id));
	const seen = new Set<string>();
	const decks: DeckSpec[] = [];
	for (const { value: deck, index } of items) {
		const before = problems.length;
		const at = (path: (string | number)[], message: string) =>
			problems.push({
				file: file.path,
				line: yaml.lineOf([index, ...path]),
				message: `deck ${deck.id}: ${message}`
			});
		if (seen.has(deck.id)) at(['id'], 'duplicate id');
		seen.add(deck.id);
		deck.select.sections.forEach((section, i) => {
			if (!sectionIds.has(section)) at(['select', 'sections', i], `unknown section "${section}"`);
		});
		if (problems.length === before) decks.push(deck);
	}
	return { decks, problems };
}

function parseUncovered(
	file: ContentFile,
	article: Article
): { uncovered: Uncovered[]; problems: Problem[] } {
	const yaml = readYaml(file.path, file.text);
	const { items, problems } = parseList(file.path, yaml, UncoveredSchema, 'entries');
	const ids = new Set(paragraphsOf(article).map((p) => p.id));
	for (const { value, index } of items)
		if (!ids.has(value.paragraph))
			problems.push({
				file: file.path,
				line: yaml.lineOf([index, 'paragraph']),
				message: `unknown paragraph id "${value.paragraph}"`
			});
	return { uncovered: items.map((item) => item.value), problems };
}

/** Reads distractors.yaml: one list per kind, or per kind and category, each option once. */
function parseDistractorLists(file: ContentFile): { lists: DistractorLists; problems: Problem[] } {
	const yaml = readYaml(file.path, file.text);
	const { items, problems } = parseList(file.path, yaml, DistractorListSchema, 'lists');
	const lists: DistractorLists = {};
	const lines = new Map<string, number>();
	for (const { value, index } of items) {
		const key = value.category ? `${value.kind}/${value.category}` : value.kind;
		const line = yaml.lineOf([index, 'kind']);
		const first = lines.get(key);
		if (first !== undefined) {
			problems.push({
				file: file.path,
				line,
				message: `a second list for ${key} (the first is on line ${first}): merge their options into one list`
			});
			continue;
		}
		lines.set(key, line);
		const seen = new Set<string>();
		value.options.forEach((option, i) => {
			const folded = option.toLowerCase();
			if (seen.has(folded))
				problems.push({
					file: file.path,
					line: yaml.lineOf([index, 'options', i]),
					message: `the ${key} list has "${option}" twice: keep one`
				});
			seen.add(folded);
		});
		lists[key] = value.options;
	}
	return { lists, problems };
}

/**
 * Paragraphs with no fact that uncovered.yaml does not excuse, and entries of uncovered.yaml
 * for paragraphs that do have facts: both mean the allowlist needs a review.
 */
export function coverageGaps(content: ArticleContent): { unexplained: string[]; stale: string[] } {
	const covered = new Set(content.facts.map((fact) => fact.paragraph));
	const excused = new Set(content.uncovered.map((entry) => entry.paragraph));
	const all = paragraphsOf(content.article).map((p) => p.id);
	return {
		unexplained: all.filter((id) => !covered.has(id) && !excused.has(id)),
		stale: all.filter((id) => covered.has(id) && excused.has(id))
	};
}

/** One line per article with drafts: how many facts were left out of its decks, and why. */
export function describeDrafts(corpus: Corpus): string[] {
	return corpus.drafts.map(({ article, drafts, published }) => {
		const left = `${drafts} draft fact${drafts === 1 ? '' : 's'} left out of the decks`;
		return published === 0
			? `${article}: ${left}; no fact is published yet, so the article is not on the site`
			: `${article}: ${left}`;
	});
}

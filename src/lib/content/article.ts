import MarkdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import * as v from 'valibot';
import { readYaml } from './yaml.ts';
import { describeIssue, issuePath } from './issues.ts';
import { ArticleMetaSchema, SLUG, type ArticleMeta } from './schema.ts';
import type { Problem } from './problems.ts';

/** Who speaks in a paragraph: the author, an embedded tweet, or a photo caption. */
export type ParagraphRole = 'text' | 'tweet' | 'caption';

export interface Paragraph {
	/** Stable id (`p12`), the anchor pages link to. */
	id: string;
	role: ParagraphRole;
	/** Plain text exactly as published. */
	text: string;
	/** 1-based line in article.md. */
	line: number;
}

export interface Section {
	id: string;
	title: string;
	paragraphs: Paragraph[];
}

export interface Article extends ArticleMeta {
	id: string;
	sections: Section[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(
	markdownItAttrs,
	{ allowedAttributes: ['id', 'class'] }
);

/**
 * Parses article.md: YAML front matter, `## Heading {#section-id}` sections and paragraphs
 * ending in `{#p12}` (`.tweet` or `.caption` mark embedded material that is not the author's).
 */
export function parseArticle(
	id: string,
	file: string,
	source: string
): { article?: Article; problems: Problem[] } {
	const problems: Problem[] = [];
	const at = (line: number, message: string) => problems.push({ file, line, message });

	const front = FRONT_MATTER.exec(source);
	if (!front) {
		at(
			1,
			'missing front matter: the file must start with a --- block holding title, language and source'
		);
		return { problems };
	}
	let meta: ArticleMeta | undefined;
	// The front matter's own line 1 is the article's line 2, after the opening ---.
	const yaml = readYaml(file, front[1]);
	for (const problem of yaml.problems) at(problem.line + 1, `front matter: ${problem.message}`);
	if (yaml.problems.length === 0) {
		const parsed = v.safeParse(ArticleMetaSchema, yaml.data ?? {});
		if (parsed.success) meta = parsed.output;
		else
			for (const issue of parsed.issues) {
				const path = issuePath(issue);
				const line = path.length > 0 && issue.input !== undefined ? yaml.lineOf(path) + 1 : 1;
				at(line, `front matter: ${describeIssue(issue, ArticleMetaSchema, 'the front matter')}`);
			}
	}

	const bodyOffset = front[0].split('\n').length - 1;
	const tokens = markdown.parse(source.slice(front[0].length), {});
	const sections: Section[] = [];
	const ids = new Set<string>();
	const taken = new Set(
		tokens.filter((t) => t.type === 'paragraph_open').map((t) => attr(t, 'id') ?? '')
	);
	let lastParagraph: string | undefined;
	let inBlockquote = 0;

	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const line = (token.map?.[0] ?? 0) + bodyOffset + 1;
		if (token.type === 'blockquote_open') inBlockquote++;
		if (token.type === 'blockquote_close') inBlockquote--;
		if (token.type === 'heading_open') {
			const sectionId = attr(token, 'id');
			const title = plainText(tokens[i + 1]);
			if (token.tag !== 'h2') at(line, `heading "${title}" must be a level-2 heading (##)`);
			else if (!sectionId || !SLUG.test(sectionId))
				at(line, `heading "${title}" needs a slug id, for example {#${slugify(title)}}`);
			else if (ids.has(sectionId)) at(line, `duplicate id "${sectionId}"`);
			else {
				ids.add(sectionId);
				sections.push({ id: sectionId, title, paragraphs: [] });
			}
		}
		if (token.type === 'paragraph_open') {
			const paragraphId = attr(token, 'id');
			const classes = (attr(token, 'class') ?? '').split(/\s+/).filter(Boolean);
			const text = plainText(tokens[i + 1]);
			const role: ParagraphRole = classes.includes('tweet')
				? 'tweet'
				: classes.includes('caption')
					? 'caption'
					: 'text';
			if (!paragraphId || !/^p\d+[a-z]?$/.test(paragraphId)) {
				const free = nextFreeId(lastParagraph, taken);
				at(
					line,
					`paragraph "${excerpt(text)}" has no paragraph id: end it with {#${free}}${lastParagraph ? `, the next free id after ${lastParagraph}` : ''}`
				);
				taken.add(free);
				lastParagraph = free;
			} else if (ids.has(paragraphId)) at(line, `duplicate id "${paragraphId}"`);
			else if (sections.length === 0)
				at(line, `paragraph ${paragraphId} comes before the first ## heading`);
			else if (inBlockquote > 0 && role === 'text')
				at(line, `quoted paragraph ${paragraphId} must be marked .tweet or .caption`);
			else {
				ids.add(paragraphId);
				lastParagraph = paragraphId;
				sections[sections.length - 1].paragraphs.push({ id: paragraphId, role, text, line });
			}
		}
	}
	if (sections.length === 0) at(bodyOffset + 1, 'the article has no ## sections');
	if (problems.length > 0 || !meta) return { problems };
	return { article: { id, ...meta, sections }, problems };
}

/** Markdown inline source as the page shows it: `**bold**` gives `bold`, `[a](b)` gives `a`. */
export function renderedText(source: string): string {
	return plainText(markdown.parseInline(source, {})[0]);
}

/** Every paragraph of an article, in reading order. */
export function paragraphsOf(article: Article): Paragraph[] {
	return article.sections.flatMap((section) => section.paragraphs);
}

type Token = ReturnType<typeof markdown.parse>[number];

function attr(token: Token, name: string): string | undefined {
	const value = token.attrGet(name);
	return value === null ? undefined : String(value);
}

function plainText(inline: Token | undefined): string {
	if (!inline?.children) return inline?.content ?? '';
	return inline.children
		.map((child) =>
			child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content
		)
		.join('')
		.trim();
}

/** The id to give a paragraph after `previous`: the next number if free, else `p12a`, `p12b`, ... */
function nextFreeId(previous: string | undefined, taken: Set<string>): string {
	const number = previous ? Number(/\d+/.exec(previous)![0]) : 0;
	if (!taken.has(`p${number + 1}`)) return `p${number + 1}`;
	const base = previous ?? 'p0';
	const letter = [...'abcdefghijklmnopqrstuvwxyz'].find(
		(l) => !taken.has(`p${number}${l}`) && (!previous || /\d$/.test(previous) || l > base.slice(-1))
	);
	return `p${number}${letter ?? 'z'}`;
}

function excerpt(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text;
}

function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

import { stringify } from 'yaml';
import type { ArticleMeta } from '../schema.ts';

/** A section of the drafted article: its id, title and paragraph texts. */
export interface DraftSection {
	id: string;
	title: string;
	paragraphs: { id: string; text: string }[];
}

/** article.md for the sections: front matter, `## Title {#id}` headings, paragraphs ending `{#pN}`. */
export function writeArticle(meta: ArticleMeta, sections: readonly DraftSection[]): string {
	const front = stringify(withoutEmpty(meta), { lineWidth: 0 }).trimEnd();
	const body = sections.flatMap((section) => [
		`## ${escapeMarkdown(section.title)} {#${section.id}}`,
		...section.paragraphs.map((p) => `${escapeMarkdown(p.text)} {#${p.id}}`)
	]);
	return `---\n${front}\n---\n\n${body.join('\n\n')}\n`;
}

/**
 * Plain text as Markdown that renders back to the same text: every character Markdown (or the
 * attribute syntax of ids, which pairs double quotes) could read as markup is escaped, and so is
 * what opens a block.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>{}&~"]/g, '\\$&')
		.replace(/^([#+=|-])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

function withoutEmpty(meta: ArticleMeta): Record<string, string> {
	return Object.fromEntries(
		Object.entries(meta).filter((entry): entry is [string, string] => entry[1] !== undefined)
	);
}

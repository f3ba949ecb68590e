import MarkdownIt from 'markdown-it';
import { Parser } from 'htmlparser2';

/** A heading or a paragraph of the text being drafted, as plain text. */
export interface Block {
	type: 'heading' | 'paragraph';
	text: string;
	/** 1 for the document's title (`#`, `<h1>`), 2 and more for sections; 2 for plain text. */
	level: number;
}

/** How the input is written. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** The input's headings and paragraphs, whitespace collapsed, in reading order. */
export function readBlocks(input: string, format: SourceFormat): Block[] {
	const clean = normalizeInput(input);
	const blocks =
		format === 'html'
			? htmlBlocks(clean)
			: format === 'markdown'
				? markdownBlocks(clean)
				: textBlocks(clean);
	return blocks
		.map((block) => ({ ...block, text: collapse(block.text) }))
		.filter((block) => block.text.length > 0);
}

/** The input with Windows and old Mac line ends made \n and control characters other than tab dropped. */
export function normalizeInput(input: string): string {
	return input.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
}

/** Which format a file's name or its first characters suggest. */
export function guessFormat(name: string | undefined, input: string): SourceFormat {
	if (name && /\.html?$/i.test(name)) return 'html';
	if (name && /\.(md|markdown)$/i.test(name)) return 'markdown';
	if (name) return 'text';
	return /^\s*</.test(input) ? 'html' : 'text';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// A heading in plain text: one short line, no closing punctuation, followed by more text.
const HEADING_WORDS = 12;
const SENTENCE_END = /[.!?:;,"”’)\]]$/;
// A line that runs on into the next (a list item ending "; and") or opens in lower case is text.
const RUNS_ON = /\b(?:and|or|but|nor|of|the|a|an|to|for|with|in|on|by|as|that)$/i;
const LOWER_START = /^\p{Ll}/u;

/** Blank lines separate paragraphs; a short line without closing punctuation is a heading. */
function textBlocks(input: string): Block[] {
	const chunks = input
		.split(/\n\s*\n/)
		.map((chunk) => chunk.trim())
		.filter(Boolean);
	const headingLike = (chunk: string) =>
		!chunk.includes('\n') &&
		chunk.split(/\s+/).length <= HEADING_WORDS &&
		!SENTENCE_END.test(chunk) &&
		!chunk.includes(';') &&
		!RUNS_ON.test(chunk) &&
		!LOWER_START.test(chunk);
	return chunks.map((chunk, i) => {
		const heading = headingLike(chunk) && i < chunks.length - 1 && !headingLike(chunks[i + 1]);
		return { type: heading ? 'heading' : 'paragraph', text: chunk, level: 2 };
	});
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Headings and paragraphs (list items and quotes included) as markdown-it renders their text. */
function markdownBlocks(input: string): Block[] {
	const tokens = markdown.parse(input, {});
	const blocks: Block[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const inline = tokens[i + 1];
		if (!inline || inline.type !== 'inline') continue;
		const text = (inline.children ?? [])
			.map((child) =>
				child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content
			)
			.join('');
		if (token.type === 'heading_open')
			blocks.push({ type: 'heading', text, level: Number(token.tag.slice(1)) });
		else if (token.type === 'paragraph_open') blocks.push({ type: 'paragraph', text, level: 2 });
	}
	return blocks;
}

const HTML_BLOCKS = new Set([
	'div',
	'section',
	'article',
	'main',
	'pre',
	'p',
	'li',
	'dd',
	'dt',
	'blockquote',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6'
]);
// Not the article's text: code, styles, navigation, tables and figures (infoboxes, images).
const HTML_SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'aside',
	'footer',
	'table',
	'figure',
	'svg',
	'math',
	'button',
	'select',
	'textarea'
]);
// A footnote marker such as [12] or [citation needed], and a wiki's [edit] link, are not text.
const MARKER = /^\s*\[[^\]]*\]\s*$/;

/** Headings and paragraphs of an HTML page, skipping markup that is not the article's text. */
function htmlBlocks(input: string): Block[] {
	const blocks: Block[] = [];
	const open: { tag: string; text: string }[] = [];
	let skipping = 0;
	let sup: { text: string } | undefined;
	const flush = (entry: { tag: string; text: string }) => {
		const text = entry.text.replace(/\s*\[edit\]\s*$/i, '');
		if (collapse(text) === '') return;
		const level = /^h[1-6]$/.test(entry.tag) ? Number(entry.tag[1]) : 0;
		blocks.push(
			level > 0 ? { type: 'heading', text, level } : { type: 'paragraph', text, level: 2 }
		);
		entry.text = '';
	};
	const parser = new Parser(
		{
			onopentag(name) {
				if (HTML_SKIPPED.has(name) || skipping > 0) {
					if (HTML_SKIPPED.has(name)) skipping++;
					return;
				}
				if (name === 'sup') sup = { text: '' };
				if (name === 'br' && open.length > 0) open[open.length - 1].text += ' ';
				if (!HTML_BLOCKS.has(name)) return;
				if (open.length > 0) flush(open[open.length - 1]);
				open.push({ tag: name, text: '' });
			},
			ontext(text) {
				if (skipping > 0 || open.length === 0) return;
				if (sup) sup.text += text;
				else open[open.length - 1].text += text;
			},
			onclosetag(name) {
				if (HTML_SKIPPED.has(name)) {
					skipping = Math.max(0, skipping - 1);
					return;
				}
				if (skipping > 0) return;
				if (name === 'sup' && sup) {
					if (!MARKER.test(sup.text) && open.length > 0) open[open.length - 1].text += sup.text;
					sup = undefined;
				}
				if (!HTML_BLOCKS.has(name)) return;
				const index = open.map((entry) => entry.tag).lastIndexOf(name);
				if (index < 0) return;
				for (const entry of open.splice(index).reverse()) flush(entry);
			}
		},
		{ decodeEntities: true }
	);
	parser.write(input);
	parser.end();
	for (const entry of open.splice(0).reverse()) flush(entry);
	return blocks;
}

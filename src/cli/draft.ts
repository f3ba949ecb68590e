import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { FACT_KINDS } from '../lib/content/kinds.ts';
import {
	draftArticle,
	DraftError,
	guessFormat,
	type SourceFormat
} from '../lib/content/draft/index.ts';
import { UsageError } from './usage-error.ts';

/** The options `draft` reads from the command line. */
export interface DraftOptions {
	content: string;
	id?: string;
	title?: string;
	source?: string;
	author?: string;
	date?: string;
	licence?: string;
	language?: string;
	format?: string;
	force: boolean;
}

const FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html'];
const SOURCE_NAMES: Record<SourceFormat, string> = {
	text: 'source.txt',
	markdown: 'source.md',
	html: 'source.html'
};

/**
 * Drafts `<content>/<id>/` from a file (or standard input when `file` is absent or `-`): the
 * source kept as it came, article.md, decks.yaml and facts.yaml of draft facts. Returns what to print.
 */
export function runDraft(file: string | undefined, options: DraftOptions): string {
	if (!options.id) throw new UsageError('draft needs --id, the new article folder name');
	if (options.format && !FORMATS.includes(options.format as SourceFormat))
		throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
	const fromStdin = !file || file === '-';
	if (!fromStdin && !existsSync(file)) throw new UsageError(`no such file: ${file}`);
	const text = readFileSync(fromStdin ? 0 : file, 'utf8');
	const format =
		(options.format as SourceFormat | undefined) ?? guessFormat(fromStdin ? undefined : file, text);
	const folder = join(options.content, options.id);
	if (existsSync(folder) && !options.force)
		throw new UsageError(`${folder} already exists: pass --force to overwrite its drafted files`);

	const started = performance.now();
	let draft;
	try {
		draft = draftArticle({
			id: options.id,
			text,
			format,
			title: options.title,
			language: options.language,
			source:
				options.source ??
				`Drafted from ${fromStdin ? 'standard input' : basename(file, extname(file))}.`,
			author: options.author,
			date: options.date,
			licence: options.licence
		});
	} catch (error) {
		if (error instanceof DraftError) throw new UsageError(error.message);
		throw error;
	}
	const seconds = (performance.now() - started) / 1000;

	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, SOURCE_NAMES[format]), text);
	for (const [name, content] of Object.entries(draft.files))
		writeFileSync(join(folder, name), content);

	const total = Object.values(draft.counts).reduce((a, b) => a + b, 0);
	const byKind = FACT_KINDS.filter((kind) => draft.counts[kind] > 0)
		.map((kind) => `${kind} ${draft.counts[kind]}`)
		.join(', ');
	return [
		`Drafted ${folder}/ in ${seconds.toFixed(2)} s: ${draft.paragraphs} paragraphs, ${total} candidate facts (${byKind}), all draft: true.`,
		`Review facts.yaml, then remove draft: true from each fact you keep; until one is published the article stays off the site.`
	].join('\n');
}

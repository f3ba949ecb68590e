import { decodeClassCode, type ClassQuiz } from '../lib/classroom/class-code.ts';
import { codedDecks } from '../lib/classroom/editions.ts';
import type { Corpus } from '../lib/content/index.ts';
import {
	deckJson,
	EXPORT_FORMATS,
	exportQuiz,
	isBinaryFormat,
	type ExportFormat,
	type ExportReport
} from '../lib/export/index.ts';
import {
	buildLibrary,
	clientDeck,
	deckBundle,
	sampleQuiz,
	type DeckBundle,
	type QuizSettings
} from '../lib/questions/index.ts';
import { deckName } from '../lib/questions/decks.ts';
import { UsageError } from './usage-error.ts';

/** The options `export` reads from the command line. */
export interface ExportOptions {
	deck?: string;
	class?: string;
	seed?: string;
	count?: string;
	format?: string;
	out?: string;
	'base-url'?: string;
	'time-limit'?: string;
	'no-ordering'?: boolean;
}

/** What `export` writes, a one-line summary, what the format could not hold, and a warning. */
export interface ExportOutput {
	data: string | Uint8Array;
	summary: string;
	report: ExportReport;
	/** Something to know before importing the file, e.g. the Moodle version it needs. */
	note?: string;
}

export function wholeNumber(
	name: string,
	text: string | undefined,
	min: number
): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text)))
		throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${text}"`);
	return Number(text);
}

/** The base URL the feedback links to, with the trailing slash that keeps its last segment. */
function baseUrl(text: string | undefined): URL | undefined {
	if (text === undefined) return undefined;
	const url = URL.canParse(text) ? new URL(text.endsWith('/') ? text : `${text}/`) : undefined;
	if (url?.protocol === 'http:' || url?.protocol === 'https:') return url;
	throw new UsageError(
		`--base-url must be an http or https address such as https://example.org/, not "${text}"`
	);
}

/** Reads `--class CODE` against the decks in their present editions, as the class pages do. */
function readClass(
	library: ReturnType<typeof buildLibrary>,
	options: ExportOptions
): { quiz: ClassQuiz; code: string } {
	const clash = (['deck', 'seed', 'count'] as const).filter((name) => options[name] !== undefined);
	if (clash.length > 0)
		throw new UsageError(
			`--class carries the deck, seed and count: leave out --${clash.join(' and --')}`
		);
	const read = decodeClassCode(options.class!, codedDecks(library));
	if ('error' in read) throw new UsageError(`--class ${options.class}: ${read.error}`);
	return read;
}

/** Builds the export a command line asks for: the data to write, a summary and the report. */
export async function runExport(corpus: Corpus, options: ExportOptions): Promise<ExportOutput> {
	const library = buildLibrary(corpus);
	const classQuiz = options.class === undefined ? undefined : readClass(library, options);
	const deckKey = classQuiz?.quiz.deck ?? options.deck;
	if (!deckKey) throw new UsageError('export needs --deck ARTICLE/DECK or --class CODE');
	const deck = library.deck(deckKey);
	if (!deck) {
		const known = library.articles.flatMap((a) => a.decks.map((d) => d.key));
		throw new UsageError(`no deck "${options.deck}"; decks: ${known.join(', ')}`);
	}
	const format = options.format ?? 'json';
	if (!(EXPORT_FORMATS as readonly string[]).includes(format))
		throw new UsageError(`unknown format "${format}"; formats: ${EXPORT_FORMATS.join(', ')}`);
	const seed = wholeNumber('seed', options.seed, 0);
	const count = wholeNumber('count', options.count, 1);
	const timeLimit =
		wholeNumber('time-limit', options['time-limit'], 1) ?? (classQuiz?.quiz.seconds || undefined);
	const base = baseUrl(options['base-url']);
	if (isBinaryFormat(format as ExportFormat) && !options.out)
		throw new UsageError(`${format} writes a binary file, not text: add --out FILE`);
	const omitOrdering = options['no-ordering'] === true;
	// Only Moodle XML writes ordering questions that a Moodle may be unable to read.
	if (omitOrdering && format !== 'moodle-xml')
		throw new UsageError(`--no-ordering is for --format moodle-xml, not ${format}`);

	let bundle: DeckBundle = deckBundle(library, deck);
	let settings: QuizSettings | undefined;
	if (classQuiz) {
		const { count, forms, order } = classQuiz.quiz;
		settings = { count, forms, order };
	} else if (seed !== undefined || count !== undefined)
		settings = { count: count ?? bundle.questions.length, forms: [], order: 'random' };
	if (settings) {
		// The same draw as the class pages make, so the file holds the quiz the class takes.
		const questions = sampleQuiz(bundle.questions, settings, classQuiz?.quiz.seed ?? seed ?? 0);
		const factIds = new Set(questions.flatMap((q) => q.facts));
		bundle = {
			deck: { ...deck, questions: questions.map((q) => q.id) },
			questions,
			facts: bundle.facts.filter((f) => factIds.has(f.id))
		};
	}
	const total = bundle.questions.length;
	if (format === 'json')
		return {
			data: deckJson({
				...(classQuiz ? { class: classQuiz.code } : {}),
				seed: classQuiz?.quiz.seed ?? seed,
				settings,
				...bundle
			}),
			summary: `${total} questions of ${deck.key}`,
			report: { left: [], shortened: [] }
		};

	const client = clientDeck(bundle);
	const file = await exportQuiz(format as ExportFormat, {
		title: classQuiz
			? `Class quiz ${classQuiz.code}: ${deckName(deck)}`
			: settings
				? `${deckName(deck)}, seed ${seed ?? 0}, ${total} questions`
				: deckName(deck),
		deckKey: deck.key,
		questions: client.questions,
		facts: client.facts,
		timeLimit,
		omitOrdering,
		now: new Date(),
		...(base && {
			sourceUrl: (fact) => new URL(`article/${fact.article}#${fact.paragraph}`, base).href
		})
	});
	const ordering = client.questions.filter((q) => q.form === 'order').length;
	return {
		data: file.data,
		summary: `${total - file.report.left.length} of ${total} questions of ${deck.key} as ${format}`,
		report: file.report,
		...(format === 'moodle-xml' &&
			!omitOrdering &&
			ordering > 0 && {
				note: `${ordering} ordering question${ordering === 1 ? '' : 's'}: Moodle imports them only from version 4.4, and an older Moodle stops the whole import at the first one (--no-ordering leaves them out)`
			})
	};
}

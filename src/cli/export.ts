import type { Corpus } from '../lib/content/index.ts';
import {
	buildLibrary,
	deckBundle,
	sampleQuiz,
	type DeckBundle,
	type QuizSettings
} from '../lib/questions/index.ts';
import { UsageError } from './usage-error.ts';

const FORMATS = ['json'] as const;

/** The options `export` reads from the command line. */
export interface ExportOptions {
	deck?: string;
	seed?: string;
	count?: string;
	format?: string;
}

function wholeNumber(name: string, text: string | undefined, min: number): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text)))
		throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${text}"`);
	return Number(text);
}

/** Builds the export a command line asks for: the data to write and a one-line summary. */
export function runExport(
	corpus: Corpus,
	options: ExportOptions
): { data: string; summary: string } {
	const library = buildLibrary(corpus);
	if (!options.deck) throw new UsageError('export needs --deck ARTICLE/DECK');
	const deck = library.deck(options.deck);
	if (!deck) {
		const known = library.articles.flatMap((a) => a.decks.map((d) => d.key));
		throw new UsageError(`no deck "${options.deck}"; decks: ${known.join(', ')}`);
	}
	const format = options.format ?? 'json';
	if (!(FORMATS as readonly string[]).includes(format))
		throw new UsageError(`unknown format "${format}"; formats: ${FORMATS.join(', ')}`);
	const seed = wholeNumber('seed', options.seed, 0);
	const count = wholeNumber('count', options.count, 1);

	let bundle: DeckBundle = deckBundle(library, deck);
	let settings: QuizSettings | undefined;
	if (seed !== undefined || count !== undefined) {
		settings = { count: count ?? bundle.questions.length, forms: [], order: 'random' };
		const questions = sampleQuiz(bundle.questions, settings, seed ?? 0);
		const factIds = new Set(questions.flatMap((q) => q.facts));
		bundle = {
			deck: { ...deck, questions: questions.map((q) => q.id) },
			questions,
			facts: bundle.facts.filter((f) => factIds.has(f.id))
		};
	}
	const data = JSON.stringify(
		{ format: 'factdeck-deck', version: 1, seed, settings, ...bundle },
		null,
		2
	);
	return {
		data: data + '\n',
		summary: `${bundle.questions.length} questions of ${deck.key}`
	};
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
	decodeClassCode,
	deckEdition,
	taggedDecks,
	type ClassQuiz,
	type CodedDeck
} from '../lib/classroom/class-code.ts';
import { DeckFileSchema } from '../lib/content/schema.ts';
import type { FactView } from '../lib/questions/library.ts';
import { drawClassQuiz } from '../lib/questions/quiz.ts';
import type { ClientQuestion } from '../lib/questions/types.ts';

/** A class quiz as a live game asks it: the same questions, in the same order, as every class page. */
export interface DrawnQuiz {
	code: string;
	quiz: ClassQuiz;
	title: string;
	questions: ClientQuestion[];
	facts: FactView[];
}

interface LoadedDeck extends CodedDeck {
	title: string;
	questions: ClientQuestion[];
	facts: FactView[];
}

/**
 * The decks of a build (`build/api/decks/<article>/<deck>.json`), read once, and the class
 * quizzes drawn from them by code, each drawn once.
 */
export class DeckLibrary {
	readonly #decks: LoadedDeck[];
	readonly #drawn = new Map<string, DrawnQuiz>();

	constructor(dir: string) {
		const root = join(dir, 'api', 'decks');
		if (!existsSync(root))
			throw new Error(`No decks in ${root}: build the site first (npm run build).`);
		const decks: Omit<LoadedDeck, 'tag'>[] = [];
		for (const article of readdirSync(root))
			for (const file of readdirSync(join(root, article)).filter((f) => f.endsWith('.json'))) {
				// The build's own output: a file that does not fit its schema stops the server at start.
				const served: unknown = JSON.parse(readFileSync(join(root, article, file), 'utf8'));
				// Checked, not parsed into a copy: the edition is the questions' JSON as the build wrote it.
				v.assert(DeckFileSchema, served);
				decks.push({
					key: served.deck.key,
					title: served.deck.title,
					edition: deckEdition(served.questions),
					questions: served.questions,
					facts: served.facts
				});
			}
		this.#decks = taggedDecks(decks);
	}

	/** The class quiz a code gives, or why there is none (mistyped, outdated, another deck). */
	draw(classCode: string): DrawnQuiz | { error: string } {
		const read = decodeClassCode(classCode, this.#decks);
		if ('error' in read) return read;
		const known = this.#drawn.get(read.code);
		if (known) return known;
		const deck = this.#decks.find((d) => d.key === read.quiz.deck)!;
		const drawn = {
			code: read.code,
			quiz: read.quiz,
			title: deck.title,
			...drawClassQuiz(read.quiz, deck)
		};
		this.#drawn.set(read.code, drawn);
		return drawn;
	}

	/** Every deck, by key, edition and tag: what a test makes class codes from. */
	get coded(): CodedDeck[] {
		return this.#decks.map(({ key, edition, tag }) => ({ key, edition, tag }));
	}
}

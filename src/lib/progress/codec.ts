import * as v from 'valibot';
import { QUESTION_FORMS } from '../content/kinds.ts';
import type { QuestionForm } from '../content/kinds.ts';
import { responseFor, verdictCode, verdictOf } from './answer-codes.ts';
import { decodeProgressV1 } from './codec-v1.ts';
import { formOfQuestion } from '../ids.ts';
import {
	compareAttempts,
	type Attempt,
	type Mode,
	type Progress,
	type Quiz,
	type Rating,
	type ResponseValue
} from './model.ts';

/** The progress document's format version; older documents are migrated up to it. */
export const PROGRESS_VERSION = 2;

const HOUR_MS = 3_600_000;
/**
 * How an answer outside a quiz was given: a review (the default, left out), cram, or a quiz whose
 * record is not kept (`-3`, or that quiz's id, so the answer keeps its identity).
 */
const MODE_CODES = { review: -1, cram: -2, quiz: -3 } as const;

/**
 * The stored shape, compact so a year of daily study stays below 1 MB:
 *
 * - `questions`: each question id once (`[id, [facts]]` for a question on several facts, whose
 *   id names its facts by a checksum that cannot be read back); records refer to them by index.
 * - `decks`: each deck key once.
 * - `quizzes`: `[id, deck, seed, count, forms, order, questions, started, finished, class,
 *   answers]`, times in seconds, `finished` counted from `started`; each answer is
 *   `[position in the quiz, seconds after the start, verdict, seconds taken, response]`.
 * - `hours`: answers outside quizzes, by UTC hour (`2026-11-28T17`), each
 *   `[question, second of the hour, verdict, seconds taken, response, mode?, rating?]`, where
 *   the mode of an answer to a quiz not kept is the quiz's id.
 *
 * Every record can be read, or set aside, on its own.
 */
export interface StoredProgress {
	generation: string;
	questions: (string | [string, string[]])[];
	decks: string[];
	quizzes: unknown[];
	hours: Record<string, unknown[]>;
	undone: string[];
	/** Records an older version stored that could not be read when migrating: set aside on load. */
	unreadable?: unknown[];
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const hourOf = (at: number) =>
	new Date(Math.floor(at / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13);
const storedResponse = (response: ResponseValue) =>
	typeof response === 'boolean' ? (response ? 1 : 0) : response;

/** Writes progress in its stored shape. */
export function encodeProgress(progress: Progress): StoredProgress {
	const questions: StoredProgress['questions'] = [];
	const questionIndex = new Map<string, number>();
	const intern = (id: string, facts?: string[]) => {
		const key = facts ? `${id}\n${facts.join('\n')}` : id;
		if (!questionIndex.has(key)) {
			questionIndex.set(key, questions.length);
			questions.push(facts ? [id, facts] : id);
		}
		return questionIndex.get(key)!;
	};
	const decks: string[] = [];
	const deckIndex = (key: string) => {
		if (!decks.includes(key)) decks.push(key);
		return decks.indexOf(key);
	};

	const byQuiz = new Map<string, Attempt[]>();
	const outside: Attempt[] = [];
	const quizIds = new Set(progress.quizzes.map((q) => q.id));
	for (const attempt of [...progress.attempts].sort((a, b) => a.at - b.at)) {
		if (attempt.mode === 'quiz' && attempt.quiz && quizIds.has(attempt.quiz)) {
			const list = byQuiz.get(attempt.quiz) ?? [];
			byQuiz.set(attempt.quiz, list.concat(attempt));
		} else outside.push(attempt);
	}

	const quizzes = progress.quizzes.map((quiz) => {
		const answers: unknown[] = [];
		const factsOf = new Map<string, string[]>();
		for (const attempt of byQuiz.get(quiz.id) ?? []) {
			if (attempt.facts) factsOf.set(attempt.question, attempt.facts);
			const position = quiz.questions.indexOf(attempt.question);
			if (position < 0) {
				// An answer to a question the quiz does not list stays with the answers outside it.
				outside.push(attempt);
				continue;
			}
			const tuple: unknown[] = [
				position,
				seconds(attempt.at) - seconds(quiz.startedAt),
				verdictCode(attempt),
				seconds(attempt.ms),
				storedResponse(attempt.response)
			];
			answers.push(tuple);
		}
		return [
			quiz.id,
			deckIndex(quiz.deck),
			quiz.seed,
			quiz.settings.count,
			quiz.settings.forms.join(','),
			quiz.settings.order === 'article' ? 1 : 0,
			quiz.questions.map((id) => intern(id, factsOf.get(id))),
			seconds(quiz.startedAt),
			quiz.finishedAt === undefined ? null : seconds(quiz.finishedAt) - seconds(quiz.startedAt),
			quiz.classCode ?? null,
			answers
		];
	});

	const hours: Record<string, unknown[]> = {};
	for (const attempt of outside.sort((a, b) => a.at - b.at)) {
		const tuple: unknown[] = [
			intern(attempt.question, attempt.facts),
			seconds(attempt.at % HOUR_MS),
			verdictCode(attempt),
			seconds(attempt.ms),
			storedResponse(attempt.response)
		];
		const mode = attempt.mode === 'quiz' && attempt.quiz ? attempt.quiz : MODE_CODES[attempt.mode];
		if (mode !== MODE_CODES.review || attempt.rating !== undefined) tuple.push(mode);
		if (attempt.rating !== undefined) tuple.push(attempt.rating);
		(hours[hourOf(attempt.at)] ??= []).push(tuple);
	}
	return {
		generation: progress.generation,
		questions,
		decks,
		quizzes,
		hours,
		undone: progress.undone
	};
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const Int = v.pipe(v.number(), v.safeInteger());
const NonNegative = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** Anything but an array: `v.record` alone would take one. */
const MapOf = <T extends v.GenericSchema>(values: T) =>
	v.pipe(
		v.unknown(),
		v.check((value) => !Array.isArray(value), 'must be a map, not a list'),
		v.record(v.string(), values)
	);

const Frame = v.object({
	generation: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	questions: v.array(v.unknown()),
	decks: v.array(v.unknown()),
	quizzes: v.array(v.unknown()),
	hours: MapOf(v.array(v.unknown())),
	undone: v.array(v.unknown()),
	unreadable: v.optional(v.array(v.unknown()))
});

const QuestionEntry = v.union([
	Id,
	v.tuple([Id, v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50))])
]);

const QuizId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

const QuizHeader = v.tuple([
	QuizId,
	NonNegative,
	Int,
	v.pipe(Int, v.minValue(1)),
	v.pipe(v.string(), v.maxLength(80)),
	v.picklist([0, 1]),
	v.array(NonNegative),
	NonNegative,
	v.nullable(Int),
	v.nullable(v.pipe(v.string(), v.maxLength(64))),
	v.array(v.unknown())
]);

/** What parsing kept, and every record it could not read, each as it was stored. */
export interface Decoded {
	progress: Progress;
	/** Unreadable records, as JSON, with where they were and why. */
	rejected: { where: string; raw: string; reason: string }[];
}

/**
 * Reads the stored shape record by record: what is valid is kept, what is not is reported in
 * `rejected` with its raw JSON. Only a document whose frame itself is unreadable gets `{ error }`.
 */
export function decodeProgress(data: unknown): Decoded | { error: string } {
	const read = v.safeParse(Frame, data);
	if (!read.success) return { error: read.issues[0].message };
	const frame = read.output;
	const rejected: Decoded['rejected'] = [];
	const reject = (where: string, value: unknown, reason: string) =>
		rejected.push({ where, raw: JSON.stringify(value) ?? String(value), reason });

	const questions = frame.questions.map((entry, i) => {
		const parsed = v.safeParse(QuestionEntry, entry);
		if (parsed.success) {
			const [id, facts] = typeof parsed.output === 'string' ? [parsed.output] : parsed.output;
			const form = formOfQuestion(id);
			if (form) return { id, facts, form };
		}
		reject(`questions[${i}]`, entry, 'not a question id');
		return undefined;
	});
	const decks = frame.decks.map((deck, i) => {
		if (typeof deck === 'string' && deck.length > 0 && deck.length <= 200) return deck;
		reject(`decks[${i}]`, deck, 'not a deck');
		return undefined;
	});

	const attempts: Attempt[] = [];
	const quizzes: Quiz[] = [];
	frame.quizzes.forEach((raw, i) => {
		const where = `quizzes[${i}]`;
		const header = v.safeParse(QuizHeader, raw);
		if (!header.success) return reject(where, raw, 'not a quiz record');
		const [
			id,
			deckAt,
			seed,
			count,
			formsText,
			order,
			indexes,
			started,
			finished,
			classCode,
			answers
		] = header.output;
		const deck = decks[deckAt];
		const asked = indexes.map((q) => questions[q]);
		const forms = formsText === '' ? [] : formsText.split(',');
		if (!deck) return reject(where, raw, 'refers to an unknown deck');
		if (asked.some((q) => q === undefined))
			return reject(where, raw, 'refers to an unknown question');
		if (forms.some((f) => !(QUESTION_FORMS as readonly string[]).includes(f)))
			return reject(where, raw, 'names an unknown question form');
		if (quizzes.some((q) => q.id === id))
			return reject(where, raw, 'repeats the id of another quiz');
		const quiz: Quiz = {
			id,
			deck,
			seed,
			settings: {
				count,
				forms: forms as QuestionForm[],
				order: order === 1 ? 'article' : 'random'
			},
			questions: asked.map((q) => q!.id),
			startedAt: started * 1000
		};
		if (finished !== null) quiz.finishedAt = (started + finished) * 1000;
		if (classCode !== null) quiz.classCode = classCode;
		quizzes.push(quiz);
		answers.forEach((answer, j) => {
			const read = readAnswer(answer, (position) => asked[position], started * 1000, 1, 0);
			if ('error' in read) reject(`${where}.answers[${j}]`, answer, read.error);
			else attempts.push({ ...read, mode: 'quiz', quiz: id });
		});
	});

	for (const [hour, tuples] of Object.entries(frame.hours)) {
		const start = /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(hour) ? Date.parse(`${hour}:00:00Z`) : NaN;
		tuples.forEach((raw, i) => {
			const where = `hours.${hour}[${i}]`;
			if (!Number.isFinite(start)) return reject(where, raw, 'the hour is not a date and time');
			const read = readAnswer(raw, (q) => questions[q], start, 0, 3_600);
			if ('error' in read) return reject(where, raw, read.error);
			const [mode = MODE_CODES.review, rating] = (raw as unknown[]).slice(5);
			const quiz = v.is(QuizId, mode) ? mode : undefined;
			const modeName = quiz
				? 'quiz'
				: (Object.keys(MODE_CODES) as Mode[]).find((m) => MODE_CODES[m] === mode);
			if (!modeName) return reject(where, raw, 'the mode is unknown');
			if (rating !== undefined && ![1, 2, 3, 4].includes(rating as number))
				return reject(where, raw, 'the rating is not 1 to 4');
			const attempt: Attempt = { ...read, mode: modeName, ...(quiz ? { quiz } : {}) };
			if (rating !== undefined) attempt.rating = rating as Rating;
			attempts.push(attempt);
		});
	}

	for (const [i, record] of (frame.unreadable ?? []).entries())
		reject(`unreadable[${i}]`, record, 'an older version of factdeck could not read it');

	const undone = frame.undone.filter((key, i) => {
		if (typeof key === 'string' && key.length <= 400) return true;
		reject(`undone[${i}]`, key, 'not an attempt key');
		return false;
	}) as string[];

	attempts.sort(compareAttempts);
	return { progress: { generation: frame.generation, attempts, quizzes, undone }, rejected };
}

/** Array.isArray without its `any[]`: an answer record's items are checked one by one. */
function isList(value: unknown): value is unknown[] {
	return Array.isArray(value);
}

/** A whole number JavaScript holds exactly: what every number of an answer record is. */
function isInteger(value: unknown): value is number {
	return Number.isSafeInteger(value);
}

/**
 * Reads the part every answer record shares: `[question or position, seconds, verdict, seconds
 * taken, response, ...]`. `limit` bounds the seconds (an hour's), 0 for none.
 */
function readAnswer(
	raw: unknown,
	questionAt: (index: number) => { id: string; facts?: string[]; form: QuestionForm } | undefined,
	start: number,
	minLength: number,
	limit: number
): Omit<Attempt, 'mode'> | { error: string } {
	if (!isList(raw) || raw.length < Math.max(5, minLength) || raw.length > 7)
		return { error: 'not an answer record' };
	const [q, second, code, taken, response] = raw;
	const question = isInteger(q) && q >= 0 ? questionAt(q) : undefined;
	if (!question) return { error: 'refers to an unknown question' };
	if (!isInteger(second) || (limit > 0 && (second < 0 || second >= limit)))
		return { error: 'the time is out of range' };
	if (!isInteger(code) || code < -99 || code > 4)
		return { error: 'the verdict is not a known code' };
	if (!isInteger(taken) || taken < 0) return { error: 'the time taken is not a duration' };
	const value = responseFor(question.form, response);
	if (value === undefined) return { error: `the answer does not fit a ${question.form} question` };
	const attempt: Omit<Attempt, 'mode'> = {
		at: start + second * 1000,
		question: question.id,
		response: value,
		...verdictOf(code),
		ms: taken * 1000
	};
	if (attempt.match === undefined) delete attempt.match;
	if (question.facts) attempt.facts = question.facts;
	return attempt;
}

/**
 * Version 1 to 2: reads the version 1 document record by record and writes it in the version 2
 * shape; records version 1 could not read are carried in `unreadable`, so loading sets them
 * aside rather than dropping them. Pure; a version 2 document passes through unchanged.
 */
export function migrateProgressV1(data: unknown): { data: unknown } | { error: string } {
	if (typeof data === 'object' && data !== null && 'hours' in data) return { data };
	const read = decodeProgressV1(data);
	if ('error' in read) return read;
	const migrated = encodeProgress(read.progress);
	if (read.rejected.length > 0) migrated.unreadable = read.rejected.map((r) => parseOrKeep(r.raw));
	return { data: migrated };
}

function parseOrKeep(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}

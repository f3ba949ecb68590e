import * as v from 'valibot';
import { QUESTION_FORMS } from '../content/kinds.ts';
import { responseFor, verdictCode, verdictOf } from './answer-codes.ts';
import { formOfQuestion } from '../ids.ts';
import { type Attempt, type Mode, type Progress, type Quiz, type Rating } from './model.ts';

const DAY_MS = 86_400_000;
const MODE_CODES: Record<Mode, number> = { quiz: -3, review: -1, cram: -2 };

// Version 1 of the progress document, as it was released, kept so its documents can be migrated.

/**
 * The version 1 stored shape, compact so a year of daily study stays far below any browser's quota:
 * question ids are listed once and referred to by index; attempts are grouped by UTC day, each a
 * tuple `[question, second of day, verdict, tenths of a second taken, response, owner, rating?]`
 * (owner: a quiz's index, or -1 review, -2 cram, -3 a quiz whose record is gone), so every tuple
 * can be read, or set aside, on its own.
 */
export interface StoredProgressV1 {
	generation: string;
	questions: string[];
	quizzes: StoredQuiz[];
	days: Record<string, unknown[]>;
	undone: string[];
}

interface StoredQuiz extends Omit<Quiz, 'questions'> {
	questions: number[];
}

const dayOf = (at: number) => new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/** Writes progress as version 1 did: for migration tests, which need documents in that shape. */
export function encodeProgressV1(progress: Progress): StoredProgressV1 {
	const questions: string[] = [];
	const index = new Map<string, number>();
	const intern = (id: string) => {
		if (!index.has(id)) {
			index.set(id, questions.length);
			questions.push(id);
		}
		return index.get(id)!;
	};
	const quizIndex = new Map(progress.quizzes.map((q, i) => [q.id, i]));
	const quizzes = progress.quizzes.map((quiz) => ({
		...quiz,
		questions: quiz.questions.map(intern)
	}));
	const days: Record<string, unknown[]> = {};
	for (const attempt of [...progress.attempts].sort((a, b) => a.at - b.at)) {
		const day = dayOf(attempt.at);
		const response =
			typeof attempt.response === 'boolean' ? (attempt.response ? 1 : 0) : attempt.response;
		const owner =
			attempt.mode === 'quiz' && attempt.quiz !== undefined && quizIndex.has(attempt.quiz)
				? quizIndex.get(attempt.quiz)!
				: MODE_CODES[attempt.mode];
		const tuple: unknown[] = [
			intern(attempt.question),
			Math.floor((attempt.at % DAY_MS) / 1000),
			verdictCode(attempt),
			Math.round(attempt.ms / 100),
			response,
			owner
		];
		if (attempt.rating !== undefined) tuple.push(attempt.rating);
		(days[day] ??= []).push(tuple);
	}
	return { generation: progress.generation, questions, quizzes, days, undone: progress.undone };
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const Time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const QuizSchema = v.object({
	id: Id,
	deck: Id,
	seed: v.pipe(v.number(), v.safeInteger()),
	settings: v.object({
		count: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
		forms: v.array(v.picklist(QUESTION_FORMS)),
		order: v.picklist(['random', 'article'])
	}),
	questions: v.array(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
	startedAt: Time,
	finishedAt: v.optional(Time),
	classCode: v.optional(v.pipe(v.string(), v.maxLength(64)))
});

const Envelope = v.object({
	generation: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
	questions: v.array(v.unknown()),
	quizzes: v.array(v.unknown()),
	days: v.record(v.string(), v.array(v.unknown())),
	undone: v.array(v.unknown())
});

const Tuple = v.pipe(v.array(v.unknown()), v.minLength(6), v.maxLength(7));

/** What parsing kept, and every record it could not read, each as it was stored. */
export interface DecodedV1 {
	progress: Progress;
	/** Unreadable records, byte for byte as JSON, with where they were and why. */
	rejected: { where: string; raw: string; reason: string }[];
}

/**
 * Reads the stored shape record by record: what is valid is kept, what is not is reported in
 * `rejected` with its raw JSON. Only a document whose frame itself is unreadable gets `{ error }`.
 */
export function decodeProgressV1(data: unknown): DecodedV1 | { error: string } {
	const read = v.safeParse(Envelope, data);
	if (!read.success) return { error: read.issues[0].message };
	const frame = read.output;
	const rejected: DecodedV1['rejected'] = [];
	const reject = (where: string, value: unknown, reason: string) =>
		rejected.push({ where, raw: JSON.stringify(value) ?? String(value), reason });

	const questions = frame.questions.map((id, i) => {
		if (typeof id === 'string' && id.length > 0 && id.length <= 300 && formOfQuestion(id))
			return id;
		reject(`questions[${i}]`, id, 'not a question id');
		return undefined;
	});

	const quizzes: (Quiz | undefined)[] = frame.quizzes.map((raw, i) => {
		const parsed = v.safeParse(QuizSchema, raw);
		const ids = parsed.success ? parsed.output.questions.map((q) => questions[q]) : [];
		if (!parsed.success || ids.some((id) => id === undefined)) {
			reject(
				`quizzes[${i}]`,
				raw,
				parsed.success ? 'refers to an unknown question' : parsed.issues[0].message
			);
			return undefined;
		}
		return { ...parsed.output, questions: ids as string[] };
	});
	const seenQuizzes = new Set<string>();
	const keptQuizzes = quizzes.filter((q): q is Quiz => {
		if (!q || seenQuizzes.has(q.id)) return false;
		seenQuizzes.add(q.id);
		return true;
	});

	const attempts: Attempt[] = [];
	for (const [day, tuples] of Object.entries(frame.days)) {
		const dayStart = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
		tuples.forEach((raw, i) => {
			const where = `days.${day}[${i}]`;
			if (!Number.isFinite(dayStart)) return reject(where, raw, 'the day is not a date');
			const attempt = decodeTuple(raw, dayStart, questions, quizzes);
			if ('error' in attempt) reject(where, raw, attempt.error);
			else attempts.push(attempt);
		});
	}
	const undone = frame.undone.filter((key, i) => {
		if (typeof key === 'string' && key.length <= 400) return true;
		reject(`undone[${i}]`, key, 'not an attempt key');
		return false;
	}) as string[];

	attempts.sort((a, b) => a.at - b.at);
	return {
		progress: { generation: frame.generation, attempts, quizzes: keptQuizzes, undone },
		rejected
	};
}

function decodeTuple(
	raw: unknown,
	dayStart: number,
	questions: (string | undefined)[],
	quizzes: (Quiz | undefined)[]
): Attempt | { error: string } {
	const tuple = v.safeParse(Tuple, raw);
	if (!tuple.success) return { error: 'not an attempt record' };
	const [q, second, code, tenths, response, owner, rating] = tuple.output;
	const question = Number.isSafeInteger(q) ? questions[q as number] : undefined;
	if (question === undefined) return { error: 'refers to an unknown question' };
	if (!Number.isSafeInteger(second) || (second as number) < 0 || (second as number) >= 86_400)
		return { error: 'the time of day is out of range' };
	if (!Number.isSafeInteger(code) || (code as number) < -99 || (code as number) > 4)
		return { error: 'the verdict is not a known code' };
	if (!Number.isSafeInteger(tenths) || (tenths as number) < 0)
		return { error: 'the time taken is not a duration' };
	const form = formOfQuestion(question)!;
	const value = responseFor(form, response);
	if (value === undefined) return { error: `the answer does not fit a ${form} question` };
	if (!Number.isSafeInteger(owner) || (owner as number) < -3)
		return { error: 'the quiz or mode is unknown' };
	const ownerIndex = owner as number;
	const mode: Mode =
		ownerIndex >= 0 || ownerIndex === -3 ? 'quiz' : ownerIndex === -1 ? 'review' : 'cram';
	if (rating !== undefined && ![1, 2, 3, 4].includes(rating as number))
		return { error: 'the rating is not 1 to 4' };
	const attempt: Attempt = {
		at: dayStart + (second as number) * 1000,
		question,
		response: value,
		...verdictOf(code as number),
		ms: (tenths as number) * 100,
		mode
	};
	if (ownerIndex >= 0) {
		const quiz = quizzes[ownerIndex];
		if (quiz) attempt.quiz = quiz.id;
	}
	if (rating !== undefined) attempt.rating = rating as Rating;
	if (attempt.match === undefined) delete attempt.match;
	return attempt;
}

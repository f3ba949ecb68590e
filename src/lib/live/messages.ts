import * as v from 'valibot';
import type { Phase, Split, Standing } from './game.ts';
import { FORMS } from '../questions/forms/index.ts';
import { QUESTION_FORMS } from '../content/kinds.ts';
import type { PlayerQuestion, Response } from '../questions/types.ts';
import type { Scoring } from './scoring.ts';
import type { ClassResult } from '../classroom/result-code.ts';

// Every message a browser sends the live server is read through one of these schemas, and what
// the server sends back is typed here, so the pages and the server agree on one shape.

/** The largest message the server reads, in bytes: far above any honest one. */
export const MAX_MESSAGE_BYTES = 8 * 1024;

const JoinCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'A join code has 6 digits.'));
const Token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

/** A response as a phone sends it, read by its own form's schema, each field capped. */
export const ResponseSchema: v.GenericSchema<unknown, Response> = v.union(
	QUESTION_FORMS.map((form) => FORMS[form].wire)
);

/** The host opens a game for a class quiz. */
export const CreateSchema = v.object({
	classCode: v.pipe(v.string(), v.maxLength(20)),
	scoring: v.picklist(['speed', 'accuracy'])
});

/** The host comes back to a game (a reopened or reloaded page). */
export const HostSchema = v.object({ code: JoinCode, token: Token });

/** The host moves the game on. */
export const ActSchema = v.object({
	code: JoinCode,
	token: Token,
	action: v.picklist(['start', 'reveal', 'leaderboard', 'next', 'pause', 'resume', 'skip', 'end'])
});

/** The host removes a player. */
export const RemoveSchema = v.object({ code: JoinCode, token: Token, player: Id });

/** A player joins, or rejoins with the token their tab kept. */
export const JoinSchema = v.object({
	code: JoinCode,
	name: v.pipe(v.string(), v.maxLength(100)),
	token: v.optional(Token)
});

/** A player answers the question on screen. */
export const AnswerSchema = v.object({ index: Index, response: ResponseSchema });

/** A player asks for their own answers once the game is over. */
export const SummarySchema = v.strictObject({});

/** Reads a message through its schema: the data, or one sentence on what is wrong. */
export function readMessage<S extends v.GenericSchema>(
	schema: S,
	data: unknown
): { ok: v.InferOutput<S> } | { error: string } {
	const parsed = v.safeParse(schema, data);
	if (parsed.success) return { ok: parsed.output };
	const issue = parsed.issues[0];
	const custom = issue.message.endsWith('.') ? issue.message : '';
	return { error: custom || 'That message is not one the live server understands.' };
}

/** Every reply the server makes to a request: done, or refused with a sentence. */
export type Reply<T = object> = ({ ok: true } & T) | { ok: false; error: string };

/** One player as the host sees them. */
export interface HostPlayer {
	id: string;
	name: string;
}

/** What the host's screens show, sent on every change. */
export interface HostView {
	code: string;
	classCode: string;
	scoring: Scoring;
	phase: Phase;
	index: number;
	total: number;
	seconds: number;
	/** Ms left on the question (counted from when the view was sent); 0 without a limit. */
	remaining: number;
	/** Where students' phones reach this server (`http://192.168.1.20:4321`); empty when unknown. */
	joinOrigins: string[];
	players: HostPlayer[];
	answered: number;
	/** After a reveal: how the class split. */
	split?: Split;
	standings: Standing[];
	/** At the end: one result per player, as result codes carry them. */
	results?: ClassResult[];
}

/** What every player's phone shows, sent to the whole game on every change. */
export interface PlayerView {
	phase: Phase;
	index: number;
	total: number;
	scoring: Scoring;
	/** The question while it is open: without its answer. */
	question?: PlayerQuestion;
	remaining: number;
	/** After a reveal: the right answer in words. */
	expected?: string;
	/** After a reveal: every player's line by id, each phone finds its own (see `boardRow`). */
	board?: Record<string, BoardRow>;
	/** After a reveal: how many players are ranked. */
	ranked?: number;
}

/**
 * A player's line as phones receive it, kept short since every phone gets every line: score,
 * rank, the last question's points and credit, the streak, and whether they answered (1) or not.
 */
export type BoardRow = [number, number, number, number, number, 0 | 1];

/** The board's line for each player, as phones receive it. */
export function boardOf(standings: readonly Standing[]): Record<string, BoardRow> {
	return Object.fromEntries(
		standings.map((s) => [
			s.id,
			[
				s.score,
				s.rank,
				s.last?.points ?? 0,
				s.last?.credit ?? 0,
				s.streak,
				s.last?.answered ? 1 : 0
			]
		])
	);
}

/** A player's own line of the board, read back into words. */
export function boardRow(view: PlayerView, id: string) {
	const row = view.board?.[id];
	if (!row) return undefined;
	const [score, rank, points, credit, streak, answered] = row;
	return { score, rank, points, credit, streak, answered: answered === 1, correct: credit === 1 };
}

/** What the server tells one player about themselves when they join or rejoin. */
export interface Seat {
	id: string;
	name: string;
	token: string;
	/** The question open now when they have answered it already, else -1. */
	answered: number;
}

/** One player's own record at the end: what they can keep in their progress. */
export interface PlayerSummary {
	classCode: string;
	/** Per question asked, the response given (or null) and the time taken in ms. */
	answers: ({ response: Response; ms: number } | null)[];
}

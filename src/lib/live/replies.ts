import * as v from 'valibot';
import type { ClassResult } from '../classroom/result-code.ts';
import { FORMS } from '../questions/forms/index.ts';
import type { Mark } from '../questions/forms/form.ts';
import { QUESTION_FORMS } from '../content/kinds.ts';
import type { PlayerQuestion } from '../questions/types.ts';
import type { Split, Standing } from './game.ts';
import {
	ResponseSchema,
	type HostView,
	type PlayerSummary,
	type PlayerView,
	type Reply,
	type Seat
} from './messages.ts';

// What the live server sends the pages, read through these schemas as it arrives: loaded with
// the socket client, on live pages only. Each schema is typed by the shape the server writes, so
// the two cannot drift apart unnoticed; the tests read real views back whole.

const Count = v.pipe(v.number(), v.integer());
const Score = v.pipe(v.number(), v.finite());

const MarkSchema: v.GenericSchema<unknown, Mark> = v.variant('kind', [
	v.object({ kind: v.literal('option'), index: Count }),
	v.object({ kind: v.literal('right') }),
	v.object({ kind: v.literal('wrong') }),
	v.object({ kind: v.literal('partial'), score: Score }),
	v.object({ kind: v.literal('blank') })
]);

const ClassResultSchema: v.GenericSchema<unknown, ClassResult> = v.object({
	classCode: v.string(),
	name: v.string(),
	seconds: Score,
	score: Score,
	answers: v.array(MarkSchema)
});

const StandingSchema: v.GenericSchema<unknown, Standing> = v.object({
	id: v.string(),
	name: v.string(),
	score: Score,
	rank: Count,
	streak: Count,
	last: v.optional(
		v.object({ points: Score, credit: Score, correct: v.boolean(), answered: v.boolean() })
	)
});

const SplitSchema: v.GenericSchema<unknown, Split> = v.variant('kind', [
	v.object({
		kind: v.literal('options'),
		labels: v.array(v.string()),
		counts: v.array(Count),
		correct: Count,
		unanswered: Count
	}),
	v.object({
		kind: v.literal('verdicts'),
		right: Count,
		partly: Count,
		wrong: Count,
		unanswered: Count
	})
]);

const Phase = v.picklist(['lobby', 'question', 'paused', 'reveal', 'leaderboard', 'ended']);
const Scoring = v.picklist(['speed', 'accuracy']);

/** A question as a phone receives it, read by its own form's schema. */
const PlayerQuestionSchema: v.GenericSchema<unknown, PlayerQuestion> = v.union(
	QUESTION_FORMS.map((form) => FORMS[form].playerWire)
);

const HostViewSchema: v.GenericSchema<unknown, HostView> = v.object({
	code: v.string(),
	classCode: v.string(),
	scoring: Scoring,
	phase: Phase,
	index: Count,
	total: Count,
	seconds: Count,
	remaining: Score,
	joinOrigins: v.array(v.string()),
	players: v.array(v.object({ id: v.string(), name: v.string() })),
	answered: Count,
	split: v.optional(SplitSchema),
	standings: v.array(StandingSchema),
	results: v.optional(v.array(ClassResultSchema))
});

const BoardRowSchema = v.tuple([Score, Count, Score, Score, Count, v.picklist([0, 1])]);

const PlayerViewSchema: v.GenericSchema<unknown, PlayerView> = v.object({
	phase: Phase,
	index: Count,
	total: Count,
	scoring: Scoring,
	question: v.optional(PlayerQuestionSchema),
	remaining: Score,
	expected: v.optional(v.string()),
	board: v.optional(v.record(v.string(), BoardRowSchema)),
	ranked: v.optional(Count)
});

/** Every message the server pushes to pages, by event. */
export const PUSHED = {
	host: HostViewSchema,
	game: PlayerViewSchema,
	answered: Count,
	// Says nothing but its name (Socket.IO's state recovery may add its offset as an argument).
	removed: v.unknown()
};

/** What a message pushed as `E` holds. */
export type Pushed = { [E in keyof typeof PUSHED]: v.InferOutput<(typeof PUSHED)[E]> };

const Nothing = v.object({});

/** What the server's reply to each request holds besides `ok`. */
export const REPLIES = {
	create: v.object({ code: v.string(), token: v.string() }),
	host: Nothing,
	act: Nothing,
	remove: Nothing,
	join: v.object({
		seat: v.object({
			id: v.string(),
			name: v.string(),
			token: v.string(),
			answered: Count
		}) satisfies v.GenericSchema<unknown, Seat>
	}),
	answer: Nothing,
	summary: v.object({
		summary: v.object({
			classCode: v.string(),
			answers: v.array(v.nullable(v.object({ response: ResponseSchema, ms: Score })))
		}) satisfies v.GenericSchema<unknown, PlayerSummary>
	})
};

/** What a reply to each request holds besides `ok`. */
export type Replies = { [E in keyof typeof REPLIES]: v.InferOutput<(typeof REPLIES)[E]> };

const Refusal = v.object({ ok: v.literal(false), error: v.string() });

/** The sentence a page shows when the server's message is not one it can read. */
export const UNREADABLE =
	'The live server answered in a form this page cannot read (the site may have been updated). Reload the page.';

/** Reads the server's reply to a request: done with its data, refused with its sentence, or unreadable. */
export function readReply<E extends keyof typeof REPLIES>(
	event: E,
	data: unknown
): Reply<Replies[E]> {
	const refused = v.safeParse(Refusal, data);
	if (refused.success) return refused.output;
	if (typeof data !== 'object' || data === null || !('ok' in data) || data.ok !== true)
		return { ok: false, error: UNREADABLE };
	const done = v.safeParse(REPLIES[event], data);
	// The output of REPLIES[event] is Replies[E] by definition; TypeScript cannot follow `E` here.
	return done.success
		? { ok: true, ...(done.output as Replies[E]) }
		: { ok: false, error: UNREADABLE };
}

/** Reads a message the server pushed, or undefined when it is not one this page can read. */
export function readPushed<E extends keyof typeof PUSHED>(
	event: E,
	data: unknown
): { ok: Pushed[E] } | undefined {
	const read = v.safeParse(PUSHED[event], data);
	// The output of PUSHED[event] is Pushed[E] by definition; TypeScript cannot follow `E` here.
	return read.success ? { ok: read.output as Pushed[E] } : undefined;
}

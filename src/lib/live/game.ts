import { grade } from '../questions/grade.ts';
import type { ClientQuestion, Response } from '../questions/types.ts';
import { responseFromPlayer } from '../questions/grade.ts';
import { pointsFor, type Scoring } from './scoring.ts';

// The rules of a live class game as pure functions of the game, its players, their answers and
// `now`: the server stores these records and calls these functions, and nothing here keeps time.
// Scores are never stored: they are worked out from the answers, so every process, a restarted
// one included, gets the same standings from the same records.

/** Where a game is. */
export type Phase = 'lobby' | 'question' | 'paused' | 'reveal' | 'leaderboard' | 'ended';

/** A game no one touches for this long ends. */
export const IDLE_MS = 60 * 60 * 1000;
/** An answer this late is still taken: the time it takes to travel from a phone. */
export const GRACE_MS = 500;
/** The most players one game takes. */
export const MAX_PLAYERS = 300;

/** A live game: its class quiz, its settings and where it is. */
export interface Game {
	/** The join code students type: six digits. */
	code: string;
	/** The class code the questions are drawn by (`ABCD-EFGH`). */
	classCode: string;
	/** The host's secret: only it starts, reveals, skips, removes and ends. */
	hostToken: string;
	scoring: Scoring;
	/** Seconds per question; 0 for no limit (the host reveals). */
	seconds: number;
	/** How many questions the game asks. */
	total: number;
	phase: Phase;
	/** The question asked or last asked; -1 in the lobby. */
	index: number;
	/** When the question on screen was shown (ms since the epoch; moved on by a pause). */
	shownAt: number;
	/** When its time runs out; 0 without a limit. */
	deadline: number;
	/** Time left when paused, in ms. */
	remaining: number;
	/** When the game was paused. */
	pausedAt: number;
	/** Questions skipped: no one scores on them. */
	skipped: number[];
	/** Players the host removed, by id. */
	removed: string[];
	createdAt: number;
	/** Counts every change, so two processes never both apply one. */
	revision: number;
}

/** A player as they joined. */
export interface Player {
	id: string;
	name: string;
	/** The rejoin secret kept in the player's tab. */
	token: string;
	joinedAt: number;
}

/** One player's answer to one question, graded when given. */
export interface Answer {
	player: string;
	index: number;
	response: Response;
	/** Time taken, in ms from when the question was shown. */
	ms: number;
	/** The grader's credit, 0–1. */
	credit: number;
	correct: boolean;
}

/** Why a request is refused, in words for the person who made it. */
export type Refusal = { error: string };

/** A new game in its lobby. */
export function createGame(options: {
	code: string;
	classCode: string;
	hostToken: string;
	scoring: Scoring;
	seconds: number;
	total: number;
	now: number;
}): Game {
	const { now, ...rest } = options;
	return {
		...rest,
		phase: 'lobby',
		index: -1,
		shownAt: 0,
		deadline: 0,
		remaining: 0,
		pausedAt: 0,
		skipped: [],
		removed: [],
		createdAt: now,
		revision: 0
	};
}

/** Whether a game last touched at `touchedAt` has been left alone for an hour. */
export function isIdle(touchedAt: number, now: number): boolean {
	return now - touchedAt >= IDLE_MS;
}

/** Whether the question's time has run out, so the game should reveal it. */
export function isDue(game: Game, now: number): boolean {
	return game.phase === 'question' && game.deadline > 0 && now >= game.deadline + GRACE_MS;
}

/** The players still in the game. */
export function activePlayers(game: Game, players: readonly Player[]): Player[] {
	return players.filter((p) => !game.removed.includes(p.id));
}

/** What the host may do. */
export type HostAction =
	'start' | 'reveal' | 'leaderboard' | 'next' | 'pause' | 'resume' | 'skip' | 'end';

const changed = (game: Game, change: Partial<Game>): Game => ({
	...game,
	...change,
	revision: game.revision + 1
});

function ask(game: Game, index: number, now: number): Game {
	if (index >= game.total) return changed(game, { phase: 'ended' });
	return changed(game, {
		phase: 'question',
		index,
		shownAt: now,
		deadline: game.seconds > 0 ? now + game.seconds * 1000 : 0,
		remaining: 0
	});
}

/** A host's action applied, or the reason it cannot be now. */
export function act(
	game: Game,
	action: HostAction,
	now: number,
	playerCount: number
): Game | Refusal {
	const { phase } = game;
	const refuse = (why: string) => ({ error: why });
	if (phase === 'ended') return refuse('The game is over.');
	switch (action) {
		case 'start':
			if (phase !== 'lobby') return refuse('The game has already started.');
			if (playerCount === 0) return refuse('No one has joined yet.');
			return ask(game, 0, now);
		case 'reveal':
			if (phase !== 'question' && phase !== 'paused') return refuse('No question is open.');
			return changed(game, { phase: 'reveal', remaining: 0 });
		case 'leaderboard':
			if (phase !== 'reveal') return refuse('Reveal the answer first.');
			return changed(game, { phase: 'leaderboard' });
		case 'next':
			if (phase !== 'reveal' && phase !== 'leaderboard')
				return refuse('Reveal the answer before moving on.');
			return ask(game, game.index + 1, now);
		case 'pause':
			if (phase !== 'question') return refuse('No question is running.');
			return changed(game, {
				phase: 'paused',
				remaining: game.deadline ? Math.max(0, game.deadline - now) : 0,
				pausedAt: now
			});
		case 'resume':
			if (phase !== 'paused') return refuse('The game is not paused.');
			return changed(game, {
				phase: 'question',
				deadline: game.deadline ? now + game.remaining : 0,
				// The time paused does not count against anyone's speed.
				shownAt: game.shownAt + (now - game.pausedAt),
				remaining: 0
			});
		case 'skip':
			if (phase !== 'question' && phase !== 'paused') return refuse('No question is open.');
			return ask({ ...game, skipped: [...game.skipped, game.index] }, game.index + 1, now);
		case 'end':
			return changed(game, { phase: 'ended' });
	}
}

/** The host removes a player: they leave the standings and cannot rejoin. */
export function removePlayer(game: Game, playerId: string): Game {
	if (game.removed.includes(playerId)) return game;
	return changed(game, { removed: [...game.removed, playerId] });
}

/**
 * Takes a player's answer, graded, or says why not: one answer per player per question, only
 * while the question is open and within its time.
 */
export function takeAnswer(options: {
	game: Game;
	player: string;
	index: number;
	response: Response;
	question: ClientQuestion;
	already: boolean;
	now: number;
}): Answer | Refusal {
	const { game, player, index, question, now } = options;
	if (game.removed.includes(player)) return { error: 'The teacher removed you from this game.' };
	if (game.phase === 'paused') return { error: 'The game is paused.' };
	if (game.phase !== 'question' || index !== game.index)
		return { error: 'This question is closed.' };
	if (isDue(game, now)) return { error: 'Time is up for this question.' };
	if (options.already) return { error: 'You have already answered this question.' };
	const response = responseFromPlayer(question, options.response);
	if (!response) return { error: 'That answer does not fit this question.' };
	const verdict = grade(question, response);
	return {
		player,
		index,
		response,
		ms: Math.max(0, now - game.shownAt),
		credit: verdict.score,
		correct: verdict.correct
	};
}

/** One player's place after the questions revealed so far. */
export interface Standing {
	id: string;
	name: string;
	score: number;
	/** 1 for the best; players on equal scores share a rank. */
	rank: number;
	/** Right answers in a row up to the last question revealed. */
	streak: number;
	/** What the last question revealed brought. */
	last?: { points: number; credit: number; correct: boolean; answered: boolean };
}

/** The questions whose answers count: revealed, not skipped. */
export function scoredQuestions(game: Game): number[] {
	const revealedThrough =
		game.phase === 'reveal' || game.phase === 'leaderboard' || game.phase === 'ended'
			? game.index
			: game.index - 1;
	const out: number[] = [];
	for (let i = 0; i <= Math.min(revealedThrough, game.total - 1); i++)
		if (!game.skipped.includes(i)) out.push(i);
	return out;
}

/**
 * The standings, worked out from every answer to the questions revealed so far: points by the
 * game's scoring, streaks, ranks (ties share one), best first, then by name.
 */
export function standings(
	game: Game,
	players: readonly Player[],
	answers: readonly Answer[]
): Standing[] {
	const scored = scoredQuestions(game);
	const byKey = new Map(answers.map((a) => [`${a.index}:${a.player}`, a]));
	const lastScored = scored.at(-1);
	const rows = activePlayers(game, players).map((player) => {
		let score = 0;
		let streak = 0;
		let last: Standing['last'];
		for (const index of scored) {
			const answer = byKey.get(`${index}:${player.id}`);
			const points = pointsFor({
				scoring: game.scoring,
				credit: answer?.credit ?? 0,
				ms: answer?.ms ?? 0,
				seconds: game.seconds,
				streak
			});
			score += points.base + points.streak;
			streak = answer?.correct ? streak + 1 : 0;
			if (index === lastScored)
				last = {
					points: points.base + points.streak,
					credit: answer?.credit ?? 0,
					correct: answer?.correct ?? false,
					answered: answer !== undefined
				};
		}
		return { id: player.id, name: player.name, score, streak, rank: 0, ...(last ? { last } : {}) };
	});
	rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	rows.forEach((row, i) => {
		row.rank = i > 0 && rows[i - 1].score === row.score ? rows[i - 1].rank : i + 1;
	});
	return rows;
}

/** How the class answered one question: per option for choice and true/false, else by verdict. */
export type Split =
	| { kind: 'options'; labels: string[]; counts: number[]; correct: number; unanswered: number }
	| { kind: 'verdicts'; right: number; partly: number; wrong: number; unanswered: number };

/** The split of the answers to a question among the players still in the game. */
export function splitOf(
	game: Game,
	question: ClientQuestion,
	players: readonly Player[],
	answers: readonly Answer[]
): Split {
	const active = new Set(activePlayers(game, players).map((p) => p.id));
	const given = answers.filter((a) => active.has(a.player));
	const unanswered = active.size - given.length;
	if (question.form === 'choice' || question.form === 'true-false') {
		const labels = question.form === 'choice' ? question.options : ['True', 'False'];
		const counts = labels.map(() => 0);
		for (const { response } of given) {
			const index =
				response.form === 'choice'
					? response.option
					: response.form === 'true-false'
						? response.value
							? 0
							: 1
						: -1;
			if (index >= 0 && index < counts.length) counts[index]++;
		}
		const correct = question.form === 'choice' ? question.answer : question.answer ? 0 : 1;
		return { kind: 'options', labels, counts, correct, unanswered };
	}
	const right = given.filter((a) => a.correct).length;
	const partly = given.filter((a) => !a.correct && a.credit > 0).length;
	return { kind: 'verdicts', right, partly, wrong: given.length - right - partly, unanswered };
}

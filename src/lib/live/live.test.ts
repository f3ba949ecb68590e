import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { QUESTION_FORMS } from '../content/kinds.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { grade } from '../questions/grade.ts';
import { buildLibrary } from '../questions/library.ts';
import { createRng } from '../questions/random.ts';
import type { ClientQuestion, Response } from '../questions/types.ts';
import {
	act,
	createGame,
	isDue,
	isIdle,
	removePlayer,
	splitOf,
	standings,
	takeAnswer,
	GRACE_MS,
	IDLE_MS,
	type Answer,
	type Game,
	type Player
} from './game.ts';
import { AnswerSchema, JoinSchema, readMessage } from './messages.ts';
import { blockedWords, cleanName, nameKey } from './names.ts';
import {
	playerView as playerQuestion,
	responseFromPlayer as gradableResponse
} from '../questions/grade.ts';
import { RateLimit } from './rate-limit.ts';
import { pointsFor } from './scoring.ts';

const library = buildLibrary(loadCorpus(readContentFiles('questions')));
const all = library.articles.flatMap((a) => a.bank.questions) as ClientQuestion[];
const one = <F extends ClientQuestion['form']>(form: F) =>
	all.find((q) => q.form === form) as Extract<ClientQuestion, { form: F }>;

const T0 = Date.UTC(2026, 10, 28, 9);
const players: Player[] = ['Ada', 'Bo', 'Cy'].map((name, i) => ({
	id: `p${i}`,
	name,
	token: `token-of-${name}-0123456789`,
	joinedAt: T0
}));

function game(change: Partial<Game> = {}): Game {
	return {
		...createGame({
			code: '123456',
			classCode: 'ABCD-EFGH',
			hostToken: 'host-token-0123456789',
			scoring: 'speed',
			seconds: 20,
			total: 3,
			now: T0
		}),
		...change
	};
}

/** Applies host actions in turn, failing the test on a refusal. */
function play(start: Game, ...steps: [Parameters<typeof act>[1], number][]): Game {
	return steps.reduce((g, [action, at]) => {
		const next = act(g, action, at, players.length);
		if ('error' in next) throw new Error(next.error);
		return next;
	}, start);
}

function answer(g: Game, player: string, response: Response, at: number, question: ClientQuestion) {
	const taken = takeAnswer({
		game: g,
		player,
		index: g.index,
		response,
		question,
		already: false,
		now: at
	});
	if ('error' in taken) throw new Error(taken.error);
	return taken;
}

describe('the player view of a question', () => {
	it('exists for every form the bank builds', () => {
		for (const form of QUESTION_FORMS) expect(one(form), form).toBeDefined();
	});

	it('never carries an answer, an id, a fact or a date, whatever the form', () => {
		for (const form of QUESTION_FORMS) {
			const question = one(form);
			const view = playerQuestion(question, createRng(1));
			const text = JSON.stringify(view);
			expect(Object.keys(view)).not.toContain('answer');
			expect(text).not.toContain(question.id);
			for (const fact of question.facts) expect(text).not.toContain(`"${fact}"`);
			if (question.form === 'order')
				for (const item of question.items) {
					expect(text).not.toContain(item.date);
					expect(text).not.toContain(`"${item.when}"`);
				}
		}
	});

	it('keeps a choice question without its answer', () => {
		const question = one('choice');
		expect(playerQuestion(question, createRng(1))).toEqual({
			form: 'choice',
			prompt: question.prompt,
			options: question.options
		});
	});

	it('keeps typed and numeric questions to their prompt', () => {
		for (const form of ['typed', 'numeric'] as const)
			expect(playerQuestion(one(form), createRng(1))).toEqual({ form, prompt: one(form).prompt });
	});

	it('keeps a true/false question to its statement', () => {
		const question = one('true-false');
		expect(playerQuestion(question, createRng(1))).toEqual({
			form: 'true-false',
			prompt: question.prompt,
			statement: question.statement
		});
	});

	it('shuffles order items under keys the server maps back to facts', () => {
		const question = one('order');
		const views = [1, 2, 3, 4, 5, 6].map((seed) => playerQuestion(question, createRng(seed)));
		const orders = new Set(views.map((view) => JSON.stringify(view)));
		expect(orders.size).toBeGreaterThan(1);
		const view = views[0] as Extract<ReturnType<typeof playerQuestion>, { form: 'order' }>;
		expect(view.items.map((i) => i.label).sort()).toEqual(
			question.items.map((i) => i.label).sort()
		);
		// Putting the keys in the right order is graded right.
		const right = question.answer.map((fact) =>
			String(question.items.findIndex((item) => item.fact === fact))
		);
		const response = gradableResponse(question, { form: 'order', order: right });
		expect(response && grade(question, response).correct).toBe(true);
	});

	it('keeps a match question without its pairs', () => {
		const question = one('match');
		expect(playerQuestion(question, createRng(1))).toEqual({
			form: 'match',
			prompt: question.prompt,
			left: question.left,
			right: question.right
		});
	});

	it('refuses responses that do not fit: another form, unknown or repeated keys, a missing option', () => {
		const order = one('order');
		expect(gradableResponse(order, { form: 'order', order: ['0', '0', '1', '2'] })).toBeUndefined();
		expect(
			gradableResponse(order, { form: 'order', order: ['0', '1', '2', '99'] })
		).toBeUndefined();
		expect(gradableResponse(order, { form: 'choice', option: 0 })).toBeUndefined();
		expect(gradableResponse(one('choice'), { form: 'choice', option: 9 })).toBeUndefined();
		expect(gradableResponse(one('match'), { form: 'match', pairs: [0] })).toBeUndefined();
	});
});

describe('the game', () => {
	it('goes from the lobby through every question to the end', () => {
		let g = play(game(), ['start', T0 + 1000]);
		expect(g).toMatchObject({ phase: 'question', index: 0, deadline: T0 + 21_000 });
		g = play(g, ['reveal', T0 + 5000], ['leaderboard', T0 + 6000], ['next', T0 + 7000]);
		expect(g).toMatchObject({ phase: 'question', index: 1, shownAt: T0 + 7000 });
		g = play(
			g,
			['reveal', T0 + 8000],
			['next', T0 + 9000],
			['reveal', T0 + 10_000],
			['next', T0 + 11_000]
		);
		expect(g.phase).toBe('ended');
	});

	it('refuses to start with no players and to act out of turn', () => {
		expect(act(game(), 'start', T0, 0)).toEqual({ error: 'No one has joined yet.' });
		expect(act(game(), 'reveal', T0, 3)).toEqual({ error: 'No question is open.' });
		expect(act(game(), 'next', T0, 3)).toEqual({ error: 'Reveal the answer before moving on.' });
		expect(act(play(game(), ['end', T0]), 'start', T0, 3)).toEqual({ error: 'The game is over.' });
	});

	it('counts each change, so two servers never both apply one', () => {
		const g = play(game(), ['start', T0], ['pause', T0 + 1]);
		expect(g.revision).toBe(2);
	});

	it('is due once the time and the grace for the trip from a phone have passed', () => {
		const g = play(game(), ['start', T0]);
		expect(isDue(g, T0 + 20_000 + GRACE_MS - 1)).toBe(false);
		expect(isDue(g, T0 + 20_000 + GRACE_MS)).toBe(true);
		expect(isDue(play(game({ seconds: 0 }), ['start', T0]), T0 + 3_600_000)).toBe(false);
	});

	it('stops the clock while paused and gives back the time left', () => {
		const paused = play(game(), ['start', T0], ['pause', T0 + 5000]);
		expect(paused).toMatchObject({ phase: 'paused', remaining: 15_000 });
		expect(isDue(paused, T0 + 60_000)).toBe(false);
		const resumed = play(paused, ['resume', T0 + 65_000]);
		expect(resumed).toMatchObject({
			phase: 'question',
			deadline: T0 + 80_000,
			shownAt: T0 + 60_000
		});
	});

	it('skips a question so that no one scores on it', () => {
		const choice = one('choice');
		let g = play(game(), ['start', T0]);
		const a = answer(g, 'p0', { form: 'choice', option: choice.answer }, T0 + 1000, choice);
		g = play(g, ['skip', T0 + 2000]);
		expect(g).toMatchObject({ phase: 'question', index: 1, skipped: [0] });
		expect(standings(g, players, [a]).every((s) => s.score === 0)).toBe(true);
	});

	it('ends after an hour untouched', () => {
		expect(isIdle(T0, T0 + IDLE_MS - 1)).toBe(false);
		expect(isIdle(T0, T0 + IDLE_MS)).toBe(true);
	});
});

describe('answers', () => {
	const choice = one('choice');
	const right: Response = { form: 'choice', option: choice.answer };
	const wrong: Response = { form: 'choice', option: (choice.answer + 1) % choice.options.length };
	const open = play(game(), ['start', T0]);
	const take = (change: Partial<Parameters<typeof takeAnswer>[0]>) =>
		takeAnswer({
			game: open,
			player: 'p0',
			index: 0,
			response: right,
			question: choice,
			already: false,
			now: T0 + 3000,
			...change
		});

	it('are graded on the server and timed from when the question was shown', () => {
		expect(take({})).toMatchObject({ player: 'p0', index: 0, ms: 3000, credit: 1, correct: true });
		expect(take({ response: wrong })).toMatchObject({ credit: 0, correct: false });
	});

	it('are refused twice, too late, for another question, paused, after the reveal or from a removed player', () => {
		expect(take({ already: true })).toEqual({ error: 'You have already answered this question.' });
		expect(take({ now: T0 + 21_000 })).toEqual({ error: 'Time is up for this question.' });
		expect(take({ index: 1 })).toEqual({ error: 'This question is closed.' });
		expect(take({ game: play(open, ['pause', T0 + 1]) })).toEqual({ error: 'The game is paused.' });
		expect(take({ game: play(open, ['reveal', T0 + 1]) })).toEqual({
			error: 'This question is closed.'
		});
		expect(take({ game: removePlayer(open, 'p0') })).toEqual({
			error: 'The teacher removed you from this game.'
		});
		expect(take({ response: { form: 'typed', text: 'x' } })).toEqual({
			error: 'That answer does not fit this question.'
		});
	});
});

describe('scoring', () => {
	it('gives more for a faster right answer, and nothing for a wrong one', () => {
		const at = (ms: number) =>
			pointsFor({ scoring: 'speed', credit: 1, ms, seconds: 20, streak: 0 });
		expect(at(0).base).toBe(1000);
		expect(at(10_000).base).toBe(750);
		expect(at(20_000).base).toBe(500);
		expect(at(99_000).base).toBe(500);
		expect(pointsFor({ scoring: 'speed', credit: 0, ms: 0, seconds: 20, streak: 4 })).toEqual({
			base: 0,
			streak: 0
		});
	});

	it('adds a streak bonus up to its cap, only for a fully right answer', () => {
		const bonus = (streak: number, credit = 1) =>
			pointsFor({ scoring: 'speed', credit, ms: 0, seconds: 20, streak }).streak;
		expect([0, 1, 2, 5, 9].map((s) => bonus(s))).toEqual([0, 100, 200, 500, 500]);
		expect(bonus(3, 0.5)).toBe(0);
	});

	it('counts only accuracy in accuracy mode', () => {
		expect(
			pointsFor({ scoring: 'accuracy', credit: 1, ms: 19_000, seconds: 20, streak: 5 })
		).toEqual({
			base: 1000,
			streak: 0
		});
		expect(
			pointsFor({ scoring: 'accuracy', credit: 0.5, ms: 0, seconds: 20, streak: 0 }).base
		).toBe(500);
	});

	it('ranks the players from every answer revealed, ties sharing a rank, removed players left out', () => {
		const choice = one('choice');
		const right: Response = { form: 'choice', option: choice.answer };
		let g = play(game({ scoring: 'accuracy' }), ['start', T0]);
		const answers: Answer[] = [
			answer(g, 'p0', right, T0 + 1000, choice),
			answer(g, 'p1', right, T0 + 9000, choice)
		];
		// Nothing counts before the reveal: the standings say nothing about the open question.
		expect(standings(g, players, answers).map((s) => s.score)).toEqual([0, 0, 0]);
		g = play(g, ['reveal', T0 + 10_000]);
		const table = standings(g, players, answers);
		expect(table.map((s) => [s.name, s.score, s.rank])).toEqual([
			['Ada', 1000, 1],
			['Bo', 1000, 1],
			['Cy', 0, 3]
		]);
		expect(table[2].last).toEqual({ points: 0, credit: 0, correct: false, answered: false });
		expect(standings(removePlayer(g, 'p1'), players, answers).map((s) => s.name)).toEqual([
			'Ada',
			'Cy'
		]);
	});

	it('splits a choice question by option and marks the right one', () => {
		const choice = one('choice');
		const g = play(game(), ['start', T0]);
		const answers = [
			answer(g, 'p0', { form: 'choice', option: 0 }, T0, choice),
			answer(g, 'p1', { form: 'choice', option: 0 }, T0, choice)
		];
		const split = splitOf(g, choice, players, answers);
		expect(split).toMatchObject({ kind: 'options', correct: choice.answer, unanswered: 1 });
		expect(split.kind === 'options' && split.counts[0]).toBe(2);
	});

	it('splits other forms into right, partly right and wrong', () => {
		const typed = one('typed');
		const g = play(game(), ['start', T0]);
		const answers = [
			answer(g, 'p0', { form: 'typed', text: typed.answer.text }, T0, typed),
			answer(g, 'p1', { form: 'typed', text: 'nothing like it' }, T0, typed)
		];
		expect(splitOf(g, typed, players, answers)).toEqual({
			kind: 'verdicts',
			right: 1,
			partly: 0,
			wrong: 1,
			unanswered: 1
		});
	});
});

describe('messages', () => {
	it('takes a well-formed answer and refuses wrong types and oversized fields with a sentence', () => {
		expect(
			readMessage(AnswerSchema, { index: 0, response: { form: 'choice', option: 1 } })
		).toEqual({
			ok: { index: 0, response: { form: 'choice', option: 1 } }
		});
		for (const bad of [
			null,
			'answer',
			{ index: '0', response: { form: 'choice', option: 1 } },
			{ index: 0, response: { form: 'choice', option: 1.5 } },
			{ index: 0, response: { form: 'typed', text: 'x'.repeat(201) } },
			{ index: 0, response: { form: 'order', order: Array(13).fill('1') } },
			{ index: 0, response: { form: 'essay', text: 'x' } }
		])
			expect(readMessage(AnswerSchema, bad)).toHaveProperty('error');
	});

	it('says what is wrong with a join code', () => {
		expect(readMessage(JoinSchema, { code: '12', name: 'Ada' })).toEqual({
			error: 'A join code has 6 digits.'
		});
	});
});

describe('names', () => {
	it('are trimmed text of a bounded length, without markup or blocked words', () => {
		expect(cleanName('  Ada   Lovelace ')).toEqual({ name: 'Ada Lovelace' });
		expect(cleanName('Zoë O’Neil-Smith')).toEqual({ name: 'Zoë O’Neil-Smith' });
		expect(cleanName('')).toHaveProperty('error');
		expect(cleanName('x'.repeat(25))).toHaveProperty('error');
		expect(cleanName('<b>Ada</b>')).toHaveProperty('error');
		expect(cleanName('Ada\u0000')).toHaveProperty('error');
		expect(cleanName('Big Rude Word', blockedWords('# list\nrude\n'))).toEqual({
			error: 'Choose another name.'
		});
	});

	it('are one name whatever their case and accents', () => {
		expect(nameKey('ZOË')).toBe(nameKey('zoe'));
	});
});

describe('the join rate limit', () => {
	it('lets a burst through, then one join per refill, per address', () => {
		const limit = new RateLimit(3, 6);
		expect([1, 2, 3, 4].map(() => limit.take('a', T0))).toEqual([true, true, true, false]);
		expect(limit.take('b', T0)).toBe(true);
		expect(limit.take('a', T0 + 9_999)).toBe(false);
		expect(limit.take('a', T0 + 10_000)).toBe(true);
	});
});

import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClassQuiz } from '../lib/classroom/class-code.ts';
import {
	boardRow,
	MAX_MESSAGE_BYTES,
	type HostView,
	type PlayerView,
	type Seat
} from '../lib/live/messages.ts';
import type { PlayerQuestion } from '../lib/questions/types.ts';
import type { ClientQuestion, Response } from '../lib/questions/types.ts';
import { startLiveServer, type LiveOptions, type LiveServer } from './server.ts';
import { connect, deckSite, hasRedis, next, request, startRedis } from './test-support.ts';

// Every wait is for an event; this only bounds a hung test on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const site = deckSite();
afterAll(() => site.remove());

const deck = site.decks.coded[0].key;
const quiz = (change: Partial<ClassQuiz> = {}): ClassQuiz => ({
	deck,
	seed: 7,
	count: 5,
	forms: [],
	seconds: 20,
	order: 'article',
	...change
});

const sockets: Socket[] = [];
const servers: LiveServer[] = [];
afterEach(async () => {
	for (const socket of sockets.splice(0)) socket.disconnect();
	for (const server of servers.splice(0)) await server.close();
});

const redisHere = hasRedis();
// In CI a missing redis-server fails the Redis tests (startRedis throws) instead of skipping them.
const withRedis = redisHere || !!process.env.CI || !!process.env.LIVE_TEST_REDIS;
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
beforeAll(async () => {
	if (withRedis) redis = await startRedis();
});
afterAll(() => redis?.stop());

/** Where the tests of a block keep games: this process's memory, or the test's Redis. */
let mode: 'memory' | 'redis' = 'memory';

async function server(options: Partial<LiveOptions> = {}): Promise<LiveServer> {
	const started = await startLiveServer({
		dir: site.dir,
		port: 0,
		...(mode === 'redis' ? { redisUrl: redis!.url } : {}),
		...options
	});
	servers.push(started);
	return started;
}

async function client(url: string): Promise<Socket> {
	const socket = await connect(url);
	sockets.push(socket);
	return socket;
}

/** The response that is right for a question, made from what the player's phone shows. */
function rightResponse(question: ClientQuestion, view: PlayerQuestion): Response {
	switch (question.form) {
		case 'choice':
			return { form: 'choice', option: question.answer };
		case 'true-false':
			return { form: 'true-false', value: question.answer };
		case 'typed':
			return { form: 'typed', text: question.answer.text };
		case 'numeric':
			return { form: 'numeric', text: question.answer.text };
		case 'order': {
			const keys = view.form === 'order' ? view.items.map((i) => i.key) : [];
			return {
				form: 'order',
				order: question.answer.map((fact) => {
					const key = String(question.items.findIndex((item) => item.fact === fact));
					expect(keys).toContain(key);
					return key;
				})
			};
		}
		case 'match':
			return { form: 'match', pairs: question.answer };
		case 'cloze':
			return { form: 'cloze', text: question.answer.text };
	}
}

/** A host with a new game, and the game's questions in full (for the test to know the answers). */
async function hostGame(url: string, settings = quiz(), scoring = 'speed') {
	const host = await client(url);
	const classCode = site.classCode(settings);
	const lobby = next<HostView>(host, 'host');
	const created = await request<{ ok: boolean; code: string; token: string }>(host, 'create', {
		classCode,
		scoring
	});
	expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
	await lobby;
	const drawn = site.decks.draw(classCode);
	if ('error' in drawn) throw new Error(drawn.error);
	const act = (action: string) =>
		request(host, 'act', { code: created.code, token: created.token, action });
	return { host, code: created.code, token: created.token, questions: drawn.questions, act };
}

async function join(url: string, code: string, name: string, token?: string) {
	const socket = await client(url);
	const reply = await request<{ ok: boolean; seat: Seat; error?: string }>(socket, 'join', {
		code,
		name,
		...(token ? { token } : {})
	});
	return { socket, reply };
}

/** Every `game` message a player gets, kept in order. */
function record(socket: Socket): PlayerView[] {
	const seen: PlayerView[] = [];
	socket.on('game', (view: PlayerView) => seen.push(view));
	return seen;
}

const opened = (index: number) => (view: PlayerView) =>
	view.phase === 'question' && view.index === index;
const revealed = (index: number) => (view: PlayerView) =>
	view.phase === 'reveal' && view.index === index;

const modes = withRedis ? (['memory', 'redis'] as const) : (['memory'] as const);
describe.each(modes)('the live server, games kept in %s', (kept) => {
	beforeAll(() => {
		mode = kept;
	});

	it('plays a whole game: join, questions, answers graded on the server, reveals, standings, results', async () => {
		const { url } = await server();
		const game = await hostGame(url);
		const full = next<HostView>(game.host, 'host', (v) => v.players.length === 3);
		const players = await Promise.all(
			['Ada', 'Bo', 'Cy'].map((name) => join(url, game.code, name))
		);
		for (const p of players) expect(p.reply.ok).toBe(true);
		const lobby = await full;
		expect(lobby.players.map((p) => p.name).sort()).toEqual(['Ada', 'Bo', 'Cy']);

		for (let i = 0; i < game.questions.length; i++) {
			const shown = players.map((p) => next<PlayerView>(p.socket, 'game', opened(i)));
			expect((await game.act(i === 0 ? 'start' : 'next')).ok).toBe(true);
			const views = await Promise.all(shown);
			const reveal = players.map((p) => next<PlayerView>(p.socket, 'game', revealed(i)));
			// Ada is always right, Bo is right on even questions, Cy never answers: all answered but Cy.
			const question = game.questions[i];
			expect(
				(
					await request(players[0].socket, 'answer', {
						index: i,
						response: rightResponse(question, views[0].question!)
					})
				).ok
			).toBe(true);
			const wrong: Response =
				question.form === 'choice'
					? { form: 'choice', option: (question.answer + 1) % question.options.length }
					: { form: 'typed', text: 'not it' };
			const bo = i % 2 === 0 ? rightResponse(question, views[1].question!) : wrong;
			await request(players[1].socket, 'answer', { index: i, response: bo });
			expect((await game.act('reveal')).ok).toBe(true);
			const [ada] = await Promise.all(reveal);
			expect(ada.expected).toBeTruthy();
			expect(boardRow(ada, players[0].reply.seat.id)).toMatchObject({ rank: 1, correct: true });
			expect(ada.ranked).toBe(3);
		}
		const ended = next<HostView>(game.host, 'host', (v) => v.phase === 'ended');
		expect((await game.act('next')).ok).toBe(true);
		const final = await ended;
		expect(final.standings.map((s) => s.name)).toEqual(['Ada', 'Bo', 'Cy']);
		expect(final.standings[2].score).toBe(0);
		expect(final.results!.map((r) => [r.name, r.score])).toEqual(
			expect.arrayContaining([
				['Ada', game.questions.length],
				['Cy', 0]
			])
		);
		// A player gets their own answers back, to keep in their progress.
		const summary = await request<{ ok: boolean; summary: { answers: unknown[] } }>(
			players[0].socket,
			'summary',
			{}
		);
		expect(summary.summary.answers).toHaveLength(game.questions.length);
		expect(summary.summary.answers.every((a) => a !== null)).toBe(true);
	});

	it('never sends a player the right answer before the reveal', async () => {
		const { url } = await server();
		// Every form, so each player view is checked.
		const game = await hostGame(url, quiz({ count: 20, seconds: 0 }));
		const ada = await join(url, game.code, 'Ada');
		const seen = record(ada.socket);
		await join(url, game.code, 'Bo');
		for (let i = 0; i < game.questions.length; i++) {
			const shown = next<PlayerView>(ada.socket, 'game', opened(i));
			await game.act(i === 0 ? 'start' : 'next');
			const view = await shown;
			const reveal = next<PlayerView>(ada.socket, 'game', revealed(i));
			await request(ada.socket, 'answer', {
				index: i,
				response: rightResponse(game.questions[i], view.question!)
			});
			// Bo has not answered, so the question stays open until the host reveals it.
			expect((await game.act('reveal')).ok).toBe(true);
			await reveal;
		}
		const forms = new Set(game.questions.map((q) => q.form));
		expect(forms.size).toBeGreaterThanOrEqual(4);
		for (const view of seen.filter((v) => v.phase === 'question')) {
			const question = game.questions[view.index];
			const text = JSON.stringify(view);
			expect(view.expected).toBeUndefined();
			expect(text).not.toMatch(/"(answer|expected|id|facts|items?\.fact|date|when)"/);
			expect(text).not.toContain(question.id);
			if (
				question.form === 'typed' ||
				question.form === 'numeric' ||
				(question.form === 'cloze' && !question.options)
			)
				expect(text.toLowerCase()).not.toContain(`"${question.answer.text.toLowerCase()}"`);
			if (question.form === 'order')
				for (const item of question.items) expect(text).not.toContain(item.fact);
			expect(Object.keys(view.question!).sort()).toEqual(
				{
					choice: ['form', 'options', 'prompt'],
					'true-false': ['form', 'prompt', 'statement'],
					typed: ['form', 'prompt'],
					numeric: ['form', 'prompt'],
					order: ['form', 'items', 'prompt'],
					match: ['form', 'left', 'prompt', 'right'],
					cloze:
						view.question?.form === 'cloze' && view.question.options
							? ['after', 'before', 'form', 'options', 'prompt']
							: ['after', 'before', 'form', 'prompt']
				}[question.form]
			);
		}
		// The reveal is where the answer first appears.
		expect(seen.find((v) => v.phase === 'reveal')?.expected).toBeTruthy();
	});

	it('takes one answer per player per question, within the time only', async () => {
		let offset = 0;
		const { url } = await server({ now: () => Date.now() + offset });
		const game = await hostGame(url);
		const ada = await join(url, game.code, 'Ada');
		const bo = await join(url, game.code, 'Bo');
		const shown = next<PlayerView>(ada.socket, 'game', opened(0));
		await game.act('start');
		const view = await shown;
		const right = rightResponse(game.questions[0], view.question!);
		expect((await request(ada.socket, 'answer', { index: 0, response: right })).ok).toBe(true);
		expect(await request(ada.socket, 'answer', { index: 0, response: right })).toEqual({
			ok: false,
			error: 'You have already answered this question.'
		});
		expect(await request(ada.socket, 'answer', { index: 1, response: right })).toEqual({
			ok: false,
			error: 'This question is closed.'
		});
		offset = 60_000;
		expect(await request(bo.socket, 'answer', { index: 0, response: right })).toEqual({
			ok: false,
			error: 'Time is up for this question.'
		});
	});

	it('refuses hostile messages and forged host actions, and the game goes on unharmed', async () => {
		const { url } = await server();
		const game = await hostGame(url);
		const ada = await join(url, game.code, 'Ada');
		const mallory = await client(url);
		const forged = { code: game.code, token: 'A'.repeat(24), action: 'end' };
		expect(await request(mallory, 'act', forged)).toEqual({
			ok: false,
			error: 'That game is not yours to run, or it has ended.'
		});
		expect((await request(mallory, 'remove', { ...forged, player: ada.reply.seat.id })).ok).toBe(
			false
		);
		expect((await request(mallory, 'host', { code: game.code, token: 'B'.repeat(24) })).ok).toBe(
			false
		);
		for (const [event, data] of [
			['act', { code: game.code, token: game.token, action: 'explode' }],
			['act', 'end'],
			['join', { code: 123456, name: 'Eve' }],
			['join', { code: game.code, name: ['Eve'] }],
			['join', { code: game.code, name: '<script>alert(1)</script>' }],
			['answer', { index: 0, response: { form: 'choice', option: 0 } }],
			['answer', { index: -1, response: null }],
			['create', { classCode: 'ZZZZ-ZZZZ', scoring: 'speed' }],
			['create', { classCode: site.classCode(quiz()), scoring: 'fastest' }]
		] as const)
			expect(await request(mallory, event, data), `${event} ${JSON.stringify(data)}`).toMatchObject(
				{ ok: false }
			);
		// A message past the size cap closes only the sender's connection.
		const closed = next(mallory, 'disconnect');
		mallory.emit('join', { code: game.code, name: 'x'.repeat(MAX_MESSAGE_BYTES * 2) }, () => {});
		await closed;
		const started = next<HostView>(game.host, 'host', (v) => v.phase === 'question');
		expect((await game.act('start')).ok).toBe(true);
		expect((await started).players.map((p) => p.name)).toEqual(['Ada']);
	});

	it('lets a player rejoin with the token their tab kept, with the same name and score', async () => {
		const { url } = await server();
		const game = await hostGame(url, quiz({ seconds: 0 }));
		const ada = await join(url, game.code, 'Ada');
		// Bo never answers, so the question stays open while Ada reloads.
		await join(url, game.code, 'Bo');
		const shown = next<PlayerView>(ada.socket, 'game', opened(0));
		await game.act('start');
		const view = await shown;
		await request(ada.socket, 'answer', {
			index: 0,
			response: rightResponse(game.questions[0], view.question!)
		});
		ada.socket.disconnect();
		// A reload: a new connection, the token from the tab, whatever name is typed.
		const again = await join(url, game.code, '', ada.reply.seat.token);
		expect(again.reply.seat).toEqual({ ...ada.reply.seat, answered: 0 });
		const reveal = next<PlayerView>(again.socket, 'game', revealed(0));
		await game.act('reveal');
		expect(boardRow(await reveal, ada.reply.seat.id)!.score).toBeGreaterThan(0);
		// Someone else cannot take the same name.
		const taken = (await join(url, game.code, 'ADA')).reply;
		expect(taken).toMatchObject({ ok: false });
		expect(taken).toHaveProperty('error', expect.stringMatching(/already has that name/));
	});

	it('takes a late join, and keeps a removed player out', async () => {
		const { url } = await server();
		const game = await hostGame(url, quiz({ seconds: 0 }));
		const ada = await join(url, game.code, 'Ada');
		await game.act('start');
		const late = await join(url, game.code, 'Late Larry');
		expect(late.reply.ok).toBe(true);
		const removed = next(late.socket, 'removed');
		expect(
			(
				await request(game.host, 'remove', {
					code: game.code,
					token: game.token,
					player: late.reply.seat.id
				})
			).ok
		).toBe(true);
		await removed;
		expect((await join(url, game.code, 'x', late.reply.seat.token)).reply).toEqual({
			ok: false,
			error: 'The teacher removed you from this game.'
		});
		const view = next<HostView>(game.host, 'host', (v) => v.phase === 'reveal');
		await game.act('reveal');
		expect((await view).players.map((p) => p.name)).toEqual([ada.reply.seat.name]);
	});

	it('limits join attempts per address', async () => {
		const { url } = await server({ joinLimit: { burst: 3, perMinute: 1 } });
		const game = await hostGame(url);
		const replies = [];
		for (const name of ['A', 'B', 'C', 'D']) replies.push((await join(url, game.code, name)).reply);
		expect(replies.map((r) => r.ok)).toEqual([true, true, true, false]);
		expect(replies[3].error).toBe('Too many tries from this device: wait a minute.');
	});

	it('lets the host close and reopen the host page without ending the game', async () => {
		const { url } = await server();
		const game = await hostGame(url);
		await join(url, game.code, 'Ada');
		await game.act('start');
		game.host.disconnect();
		const reopened = await client(url);
		const view = next<HostView>(reopened, 'host');
		expect((await request(reopened, 'host', { code: game.code, token: game.token })).ok).toBe(true);
		expect(await view).toMatchObject({ phase: 'question', index: 0, players: [{ name: 'Ada' }] });
	});
});

describe.skipIf(!withRedis)('the live server, shared through Redis', () => {
	beforeAll(() => {
		mode = 'memory';
	});

	it('plays one game across two processes: the host on one, players on the other', async () => {
		const a = await server({ redisUrl: redis!.url });
		const b = await server({ redisUrl: redis!.url });
		const game = await hostGame(a.url);
		const players = await Promise.all(['Ada', 'Bo'].map((name) => join(b.url, game.code, name)));
		await next<HostView>(game.host, 'host', (v) => v.players.length === 2);
		const shown = players.map((p) => next<PlayerView>(p.socket, 'game', opened(0)));
		await game.act('start');
		const views = await Promise.all(shown);
		const reveal = next<HostView>(game.host, 'host', (v) => v.phase === 'reveal');
		for (const [i, p] of players.entries())
			expect(
				(
					await request(p.socket, 'answer', {
						index: 0,
						response: rightResponse(game.questions[0], views[i].question!)
					})
				).ok
			).toBe(true);
		// Every player answered, on the other process: the game reveals by itself.
		const revealedView = await reveal;
		expect(revealedView.split).toBeDefined();
		expect(revealedView.standings.every((s) => s.last?.correct)).toBe(true);
	});

	it('loses no game when the server restarts', async () => {
		const first = await server({ redisUrl: redis!.url });
		const game = await hostGame(first.url);
		const ada = await join(first.url, game.code, 'Ada');
		await game.act('start');
		servers.splice(servers.indexOf(first), 1);
		await first.close();
		const second = await server({ redisUrl: redis!.url });
		const host = await client(second.url);
		const view = next<HostView>(host, 'host');
		expect((await request(host, 'host', { code: game.code, token: game.token })).ok).toBe(true);
		expect(await view).toMatchObject({ phase: 'question', index: 0, players: [{ name: 'Ada' }] });
		const back = await join(second.url, game.code, 'Ada', ada.reply.seat.token);
		expect(back.reply.seat.id).toBe(ada.reply.seat.id);
	});
});

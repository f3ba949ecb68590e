import { createServer, type IncomingMessage } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';
import { Server, type Socket } from 'socket.io';
import type { GenericSchema, InferOutput } from 'valibot';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { listen, staticSite } from '../../scripts/serve.js';
import { markOf } from '../lib/questions/grade.ts';
import type { ClassResult } from '../lib/classroom/result-code.ts';
import {
	act,
	activePlayers,
	createGame,
	isDue,
	removePlayer,
	scoredQuestions,
	splitOf,
	standings,
	takeAnswer,
	GRACE_MS,
	MAX_PLAYERS,
	type Answer,
	type Game,
	type Refusal
} from '../lib/live/game.ts';
import {
	ActSchema,
	AnswerSchema,
	CreateSchema,
	HostSchema,
	JoinSchema,
	MAX_MESSAGE_BYTES,
	RemoveSchema,
	SummarySchema,
	readMessage,
	type HostView,
	type PlayerSummary,
	type PlayerView,
	type Reply,
	boardOf
} from '../lib/live/messages.ts';
import { cleanName, nameKey } from '../lib/live/names.ts';
import { RateLimit } from '../lib/live/rate-limit.ts';
import { expectedAnswer, playerView as playerQuestion } from '../lib/questions/grade.ts';
import { createRng, seedFrom } from '../lib/questions/random.ts';
import { DeckLibrary, type DrawnQuiz } from './decks.ts';
import { RedisStore } from './redis-store.ts';
import { MemoryStore, type GameStore } from './store.ts';

/** How a live server is set up. */
export interface LiveOptions {
	/** The built site to serve, and whose decks games are drawn from. */
	dir?: string;
	port: number;
	host?: string;
	strict?: boolean;
	/** Shares games with other processes through Redis; without it, games live in memory. */
	redisUrl?: string;
	/** Words no player's name may hold. */
	blocked?: ReadonlySet<string>;
	/** Joins allowed per address: a burst, then so many a minute. */
	joinLimit?: { burst: number; perMinute: number };
	/** This machine's addresses on the room's network, for the join link the host shows. */
	lan?: string[];
	/** The clock, replaceable in tests. */
	now?: () => number;
}

/** A running live server. */
export interface LiveServer {
	url: string;
	port: number;
	io: Server;
	store: GameStore;
	close(): Promise<void>;
}

const token = () => randomBytes(18).toString('base64url');
const joinCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
const SWEEP_MS = 60_000;

interface SocketData {
	code?: string;
	player?: string;
}

/** Starts the static site and the live endpoint on one port. */
export async function startLiveServer(options: LiveOptions): Promise<LiveServer> {
	const dir = options.dir ?? 'build';
	const now = options.now ?? Date.now;
	const decks = new DeckLibrary(dir);
	const blocked = options.blocked ?? new Set<string>();
	const joins = new RateLimit(options.joinLimit?.burst ?? 40, options.joinLimit?.perMinute ?? 60);
	const redis = options.redisUrl ? await RedisStore.connect(options.redisUrl) : undefined;
	const store: GameStore = redis ?? new MemoryStore(now);

	const site = staticSite(dir);
	const http = createServer((req, res) => {
		if (req.url?.split('?')[0] !== '/live/status.json') return site(req, res);
		res.setHeader('content-type', 'application/json');
		res.setHeader('cache-control', 'no-store');
		res.end(JSON.stringify({ live: true }));
	});
	const io = new Server(http, {
		serveClient: false,
		maxHttpBufferSize: MAX_MESSAGE_BYTES,
		// A phone that sleeps a moment gets its rooms and missed messages back (in Redis when shared).
		connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
		// Pages on another site may not drive a game from a visitor's browser.
		allowRequest: (req, done) => done(null, sameOrigin(req)),
		...(redis ? { adapter: createAdapter(redis.client) } : {})
	});

	const timers = new Map<string, NodeJS.Timeout>();
	let joinOrigins: string[] = [];

	function quizOf(game: Game): DrawnQuiz {
		const drawn = decks.draw(game.classCode);
		if ('error' in drawn) throw new Error(drawn.error);
		return drawn;
	}

	async function allAnswers(game: Game): Promise<Answer[]> {
		const lists = await Promise.all(
			[...new Set([...scoredQuestions(game), Math.max(0, game.index)])].map((i) =>
				store.answers(game.code, i)
			)
		);
		return lists.flat();
	}

	const remainingOf = (game: Game, at: number) =>
		game.phase === 'paused'
			? game.remaining
			: game.phase === 'question' && game.deadline
				? Math.max(0, game.deadline - at)
				: 0;

	/** What the host and the players see of the game as it is now. */
	async function views(game: Game): Promise<{ hostView: HostView; playerView: PlayerView }> {
		const [players, answers] = await Promise.all([store.players(game.code), allAnswers(game)]);
		const at = now();
		const quiz = quizOf(game);
		const question = quiz.questions[game.index];
		const revealed = ['reveal', 'leaderboard', 'ended'].includes(game.phase);
		const table = standings(game, players, answers);
		const current = answers.filter((a) => a.index === game.index);
		const hostView: HostView = {
			code: game.code,
			classCode: game.classCode,
			scoring: game.scoring,
			phase: game.phase,
			index: game.index,
			total: game.total,
			seconds: game.seconds,
			remaining: remainingOf(game, at),
			joinOrigins,
			players: activePlayers(game, players).map(({ id, name }) => ({ id, name })),
			answered: current.filter((a) => !game.removed.includes(a.player)).length,
			standings: table,
			...(revealed && question && !game.skipped.includes(game.index)
				? { split: splitOf(game, question, players, current) }
				: {}),
			...(game.phase === 'ended' ? { results: await resultsOf(game, quiz) } : {})
		};
		const playerView: PlayerView = {
			phase: game.phase,
			index: game.index,
			total: game.total,
			scoring: game.scoring,
			remaining: hostView.remaining,
			...(game.phase === 'question' && question
				? {
						question: playerQuestion(question, createRng(seedFrom(`${game.code}:${game.index}`)))
					}
				: {}),
			...(revealed && question ? { expected: expectedOf(quiz, game.index) } : {}),
			...(revealed ? { board: boardOf(table), ranked: table.length } : {})
		};
		return { hostView, playerView };
	}

	/** Sends the host and every player the game as it is now. */
	async function broadcast(game: Game): Promise<void> {
		const { hostView, playerView } = await views(game);
		io.to(`host:${game.code}`).emit('host', hostView);
		io.to(`game:${game.code}`).emit('game', playerView);
	}

	const hostUpdates = new Map<string, 'running' | 'again'>();

	/**
	 * Sends the host the game as it is now, after a join: joins that arrive while one update is
	 * being made are folded into one more, so a class joining at once costs a few updates, not one each.
	 */
	async function updateHost(code: string): Promise<void> {
		if (hostUpdates.has(code)) {
			hostUpdates.set(code, 'again');
			return;
		}
		hostUpdates.set(code, 'running');
		try {
			do {
				hostUpdates.set(code, 'running');
				const game = await store.game(code);
				if (game) io.to(`host:${code}`).emit('host', (await views(game)).hostView);
			} while (hostUpdates.get(code) === 'again');
		} finally {
			hostUpdates.delete(code);
		}
	}

	function expectedOf(quiz: DrawnQuiz, index: number): string {
		return expectedAnswer(quiz.questions[index]);
	}

	async function resultsOf(game: Game, quiz: DrawnQuiz): Promise<ClassResult[]> {
		const players = activePlayers(game, await store.players(game.code));
		const byQuestion = await Promise.all(quiz.questions.map((_, i) => store.answers(game.code, i)));
		return players.map((player) => {
			const mine = byQuestion.map((list) => list.find((a) => a.player === player.id));
			const marks = quiz.questions.map((question, i) => {
				const answer = mine[i];
				if (!answer || game.skipped.includes(i)) return markOf(question, undefined, undefined);
				return markOf(question, answer.response, {
					correct: answer.correct,
					score: answer.credit,
					expected: '',
					feedback: ''
				});
			});
			const counted = mine.filter((a, i) => a && !game.skipped.includes(i)) as Answer[];
			return {
				classCode: game.classCode,
				name: player.name,
				seconds: Math.round(counted.reduce((sum, a) => sum + a.ms, 0) / 1000),
				score: Math.round(counted.reduce((sum, a) => sum + a.credit, 0) * 100) / 100,
				answers: marks
			};
		});
	}

	/** Applies a change to a game by compare-and-set, retrying when another process was first. */
	async function change(
		code: string,
		apply: (game: Game, players: number) => Game | Refusal
	): Promise<Game | Refusal> {
		for (let attempt = 0; attempt < 8; attempt++) {
			const game = await store.game(code);
			if (!game) return { error: 'No game has that code: it may have ended.' };
			const players = (await store.countPlayers(code)) - game.removed.length;
			const next = apply(game, players);
			if ('error' in next || next === game) return next;
			if (await store.replace(next)) {
				arm(next);
				await broadcast(next);
				return next;
			}
		}
		return { error: 'The game is busy: try again.' };
	}

	/** Reveals the question when its time runs out, in whichever process notices first. */
	function arm(game: Game): void {
		clearTimeout(timers.get(game.code));
		timers.delete(game.code);
		if (game.phase !== 'question' || !game.deadline) return;
		const wait = Math.max(0, game.deadline + GRACE_MS - now());
		timers.set(
			game.code,
			setTimeout(() => void revealIfDue(game.code).catch(report), wait)
		);
	}

	async function revealIfDue(code: string): Promise<void> {
		await change(code, (game, players) =>
			isDue(game, now()) ? act(game, 'reveal', now(), players) : game
		);
	}

	const report = (error: unknown) => console.error('live:', error);

	/** A socket.io acknowledgement: the client's callback, called with the reply. */
	function isReplyCallback(value: unknown): value is (reply: Reply<object>) => void {
		return typeof value === 'function';
	}

	/** Registers a request whose last argument is the reply callback; anything else is ignored. */
	function on<S extends GenericSchema>(
		socket: Socket,
		event: string,
		schema: S,
		handle: (data: InferOutput<S>) => Promise<Reply<object>>
	): void {
		socket.on(event, (...args: unknown[]) => {
			const reply = args.at(-1);
			if (!isReplyCallback(reply) || args.length !== 2) return;
			const read = readMessage(schema, args[0]);
			if ('error' in read) return reply({ ok: false, error: read.error });
			handle(read.ok).then(
				(result) => reply(result),
				(error) => {
					report(error);
					reply({ ok: false, error: 'The live server could not do that.' });
				}
			);
		});
	}

	const refused = (result: { error: string }): Reply => ({ ok: false, error: result.error });

	async function hostGame(code: string, hostToken: string): Promise<Game | Refusal> {
		const game = await store.game(code);
		if (!game || game.hostToken !== hostToken)
			return { error: 'That game is not yours to run, or it has ended.' };
		return game;
	}

	io.on('connection', (socket) => {
		const address = socket.handshake.address;

		on(socket, 'create', CreateSchema, async ({ classCode, scoring }) => {
			const drawn = decks.draw(classCode);
			if ('error' in drawn) return refused(drawn);
			if (drawn.questions.length === 0) return refused({ error: 'That quiz has no questions.' });
			for (let attempt = 0; attempt < 20; attempt++) {
				const game = createGame({
					code: joinCode(),
					classCode: drawn.code,
					hostToken: token(),
					scoring,
					seconds: drawn.quiz.seconds,
					total: drawn.questions.length,
					now: now()
				});
				if (!(await store.create(game))) continue;
				await socket.join(`host:${game.code}`);
				await broadcast(game);
				return { ok: true, code: game.code, token: game.hostToken };
			}
			return refused({ error: 'No join code is free: try again.' });
		});

		on(socket, 'host', HostSchema, async ({ code, token }) => {
			const game = await hostGame(code, token);
			if ('error' in game) return refused(game);
			await socket.join(`host:${code}`);
			arm(game);
			if (isDue(game, now())) await revealIfDue(code);
			else await broadcast(game);
			return { ok: true };
		});

		on(socket, 'act', ActSchema, async ({ code, token, action }) => {
			const owned = await hostGame(code, token);
			if ('error' in owned) return refused(owned);
			const done = await change(code, (game, players) => act(game, action, now(), players));
			return 'error' in done ? refused(done) : { ok: true };
		});

		on(socket, 'remove', RemoveSchema, async ({ code, token, player }) => {
			const owned = await hostGame(code, token);
			if ('error' in owned) return refused(owned);
			const done = await change(code, (game) => removePlayer(game, player));
			if ('error' in done) return refused(done);
			io.to(`player:${code}:${player}`).emit('removed');
			io.in(`player:${code}:${player}`).socketsLeave([`game:${code}`, `player:${code}:${player}`]);
			return { ok: true };
		});

		on(socket, 'join', JoinSchema, async (data) => {
			if (!joins.take(address, now()))
				return refused({ error: 'Too many tries from this device: wait a minute.' });
			const game = await store.game(data.code);
			if (!game) return refused({ error: 'No game has that code. Check it with your teacher.' });
			// Only a rejoin needs the list of players, to find its token.
			let player = data.token
				? (await store.players(data.code)).find((p) => p.token === data.token)
				: undefined;
			if (player && game.removed.includes(player.id))
				return refused({ error: 'The teacher removed you from this game.' });
			if (!player) {
				if (game.phase === 'ended') return refused({ error: 'That game is over.' });
				const clean = cleanName(data.name, blocked);
				if ('error' in clean) return refused(clean);
				if ((await store.countPlayers(data.code)) >= MAX_PLAYERS)
					return refused({ error: 'That game is full.' });
				player = { id: token().slice(0, 12), name: clean.name, token: token(), joinedAt: now() };
				if (!(await store.addPlayer(data.code, nameKey(clean.name), player)))
					return refused({
						error: 'Someone in this game already has that name: add an initial.'
					});
			}
			socket.data = { code: data.code, player: player.id } satisfies SocketData;
			await socket.join([`game:${data.code}`, `player:${data.code}:${player.id}`]);
			const answered =
				game.index >= 0 && (await store.hasAnswered(data.code, game.index, player.id))
					? game.index
					: -1;
			// The newcomer gets the game; the host sees the room change; the other phones, nothing new.
			socket.emit('game', (await views(game)).playerView);
			void updateHost(data.code).catch(report);
			return {
				ok: true,
				seat: { id: player.id, name: player.name, token: player.token, answered }
			};
		});

		on(socket, 'answer', AnswerSchema, async ({ index, response }) => {
			const { code, player } = socket.data as SocketData;
			if (!code || !player) return refused({ error: 'Join a game first.' });
			const game = await store.game(code);
			if (!game) return refused({ error: 'That game has ended.' });
			const question = quizOf(game).questions[index];
			if (!question) return refused({ error: 'This question is closed.' });
			const taken = takeAnswer({
				game,
				player,
				index,
				response,
				question,
				already: false,
				now: now()
			});
			if ('error' in taken) return refused(taken);
			if (!(await store.addAnswer(code, taken)))
				return refused({ error: 'You have already answered this question.' });
			void afterAnswer(game).catch(report);
			return { ok: true };
		});

		on(socket, 'summary', SummarySchema, async () => {
			const { code, player } = socket.data as SocketData;
			if (!code || !player) return refused({ error: 'Join a game first.' });
			const game = await store.game(code);
			if (!game || game.phase !== 'ended') return refused({ error: 'The game is not over yet.' });
			const quiz = quizOf(game);
			const answers = await Promise.all(quiz.questions.map((_, i) => store.answers(code, i)));
			const summary: PlayerSummary = {
				classCode: game.classCode,
				answers: answers.map((list, i) => {
					const mine = list.find((a) => a.player === player);
					return mine && !game.skipped.includes(i)
						? { response: mine.response, ms: mine.ms }
						: null;
				})
			};
			return { ok: true, summary };
		});
	});

	/** After an answer: tells the host the count, and reveals once every player has answered. */
	async function afterAnswer(game: Game): Promise<void> {
		const [count, players] = await Promise.all([
			store.countAnswers(game.code, game.index),
			store.countPlayers(game.code)
		]);
		io.to(`host:${game.code}`).emit('answered', count);
		if (count >= players - game.removed.length)
			await change(game.code, (current, active) =>
				current.phase === 'question' && current.index === game.index
					? act(current, 'reveal', now(), active)
					: current
			);
	}

	// Games left alone for an hour end: Redis expires their keys; memory is swept here.
	const sweep = setInterval(() => {
		joins.sweep(now());
		if (store instanceof MemoryStore)
			for (const code of store.idle(now()))
				void change(code, (game, players) => act(game, 'end', now(), players))
					.then(() => store.delete(code))
					.catch(report);
	}, SWEEP_MS);
	sweep.unref();

	// A restarted process picks up the clocks of the games it finds in Redis.
	for (const code of await store.codes()) {
		const game = await store.game(code);
		if (game) arm(game);
	}

	const running = await listen(http, {
		port: options.port,
		host: options.host ?? '127.0.0.1',
		strict: options.strict
	});
	joinOrigins = (options.lan ?? []).map((address) => `http://${address}:${running.port}`);
	return {
		url: running.url,
		port: running.port,
		io,
		store,
		async close() {
			clearInterval(sweep);
			for (const timer of timers.values()) clearTimeout(timer);
			await new Promise<void>((done, fail) => {
				io.close(() => done()).catch(fail);
			});
			await running.close().catch(() => {});
			await store.close();
		}
	};
}

/** Whether a browser's request comes from a page of this same server (tools send no Origin). */
function sameOrigin(req: IncomingMessage): boolean {
	const origin = req.headers.origin;
	if (!origin) return true;
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

// `npm run bench:live`: live servers in their own processes and simulated phones (socket.io-client)
// in this one: join time, answer-to-acknowledgement latency, reveal broadcast time to the last
// player, server memory and CPU, for one game of 200 and for 20 games of 30, on one process and on
// two processes sharing games through Redis. Exits 1 when a budget fails.
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { Socket } from 'socket.io-client';
import type { PlayerView } from '../src/lib/live/messages.ts';
import {
	connect,
	deckSite,
	hasRedis,
	next,
	request,
	startRedis
} from '../src/live/test-support.ts';

/** Budgets for one game of 200 players on one process. */
const BUDGET = { ackP95: 50, reveal: 250 };
const QUESTIONS = 3;
/** Phones answer spread over this window, as a class does, not in one instant. */
const ANSWER_WINDOW_MS = 2000;

const site = deckSite();
const deck = site.decks.coded[0].key;
const classCode = site.classCode({
	deck,
	seed: 1,
	count: 5,
	forms: ['choice'],
	seconds: 120,
	order: 'random'
});

interface Server {
	child: ChildProcess;
	url: string;
}

async function startServer(redisUrl?: string): Promise<Server> {
	const child = fork('scripts/bench/live-server.ts', {
		execArgv: ['--import', 'tsx'],
		env: { ...process.env, BENCH_SITE: site.dir, REDIS_URL: redisUrl ?? '' },
		stdio: ['ignore', 'ignore', 'inherit', 'ipc']
	});
	const { port } = await new Promise<{ port: number }>((done) =>
		child.once('message', done as never)
	);
	return { child, url: `http://127.0.0.1:${port}` };
}

function usage(server: Server): Promise<{ rss: number; cpu: NodeJS.CpuUsage }> {
	return new Promise((done) => {
		server.child.once('message', done as never);
		server.child.send('usage');
	});
}

async function stop(server: Server): Promise<void> {
	await new Promise((done) => {
		server.child.once('exit', done);
		server.child.send('stop');
	});
}

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

interface Result {
	scenario: string;
	joinAll: number;
	joinP95: number;
	ackMedian: number;
	ackP95: number;
	reveal: number;
	rssMiB: number;
	cpu: number;
}

async function scenario(
	label: string,
	games: number,
	players: number,
	processes: number,
	redisUrl?: string
): Promise<Result> {
	const servers = await Promise.all(Array.from({ length: processes }, () => startServer(redisUrl)));
	const sockets: Socket[] = [];
	const open = async (url: string) => {
		const socket = await connect(url);
		sockets.push(socket);
		return socket;
	};
	const startUsage = await Promise.all(servers.map(usage));
	const wallStart = performance.now();
	let peakRss = 0;
	const sample = async () => {
		const now = await Promise.all(servers.map(usage));
		peakRss = Math.max(
			peakRss,
			now.reduce((sum, u) => sum + u.rss, 0)
		);
	};

	// Hosts on the first process; phones spread over every process.
	const hosts = await Promise.all(
		Array.from({ length: games }, async () => {
			const host = await open(servers[0].url);
			const created = await request<{ ok: boolean; code: string; token: string }>(host, 'create', {
				classCode,
				scoring: 'speed'
			});
			if (!created.ok) throw new Error('could not create a game');
			return { host, code: created.code, token: created.token };
		})
	);
	const phones = await Promise.all(
		hosts.flatMap((game) =>
			Array.from({ length: players }, (_, i) =>
				open(servers[i % processes].url).then((socket) => ({ socket, game, i }))
			)
		)
	);

	const joinTimes: number[] = [];
	const joinStart = performance.now();
	await Promise.all(
		phones.map(async ({ socket, game, i }) => {
			const start = performance.now();
			const reply = await request(socket, 'join', { code: game.code, name: `Player ${i + 1}` });
			if (!reply.ok) throw new Error(`join refused: ${reply.error}`);
			joinTimes.push(performance.now() - start);
		})
	);
	const joinAll = performance.now() - joinStart;
	await sample();

	const acks: number[] = [];
	const reveals: number[] = [];
	for (let q = 0; q < QUESTIONS; q++) {
		const shown = phones.map(({ socket }) =>
			next<PlayerView>(socket, 'game', (v) => v.phase === 'question' && v.index === q)
		);
		await Promise.all(
			hosts.map((game) =>
				request(game.host, 'act', {
					code: game.code,
					token: game.token,
					action: q === 0 ? 'start' : 'next'
				})
			)
		);
		await Promise.all(shown);
		// Every phone but one per game answers, so each game waits for its host's reveal.
		const answering = phones.filter(({ i }) => i > 0);
		await Promise.all(
			answering.map(async ({ socket }) => {
				await new Promise((done) => setTimeout(done, Math.random() * ANSWER_WINDOW_MS));
				const start = performance.now();
				const reply = await request(socket, 'answer', {
					index: q,
					response: { form: 'choice', option: Math.random() < 0.5 ? 0 : 1 }
				});
				acks.push(performance.now() - start);
				if (!reply.ok) throw new Error(`answer refused: ${reply.error}`);
			})
		);
		await sample();
		await Promise.all(
			hosts.map(async (game) => {
				const mine = phones.filter((p) => p.game === game);
				const start = performance.now();
				const arrived = mine.map(({ socket }) =>
					next<PlayerView>(socket, 'game', (v) => v.phase === 'reveal' && v.index === q).then(() =>
						performance.now()
					)
				);
				await request(game.host, 'act', { code: game.code, token: game.token, action: 'reveal' });
				reveals.push(Math.max(...(await Promise.all(arrived))) - start);
			})
		);
	}
	await sample();
	const endUsage = await Promise.all(servers.map(usage));
	const wall = performance.now() - wallStart;
	const cpuMs = endUsage.reduce(
		(sum, u, i) =>
			sum + (u.cpu.user + u.cpu.system - startUsage[i].cpu.user - startUsage[i].cpu.system) / 1000,
		0
	);
	for (const socket of sockets) socket.disconnect();
	await Promise.all(servers.map(stop));
	return {
		scenario: label,
		joinAll,
		joinP95: quantile(joinTimes, 0.95),
		ackMedian: quantile(acks, 0.5),
		ackP95: quantile(acks, 0.95),
		reveal: quantile(reveals, 0.95),
		rssMiB: peakRss / 1024 / 1024,
		cpu: (cpuMs / wall) * 100
	};
}

const results: Result[] = [];
results.push(await scenario('1 game × 200, 1 process', 1, 200, 1));
results.push(await scenario('20 games × 30, 1 process', 20, 30, 1));
if (hasRedis()) {
	const redis = await startRedis();
	try {
		results.push(await scenario('1 game × 200, 2 processes + Redis', 1, 200, 2, redis.url));
		results.push(await scenario('20 games × 30, 2 processes + Redis', 20, 30, 2, redis.url));
	} finally {
		await redis.stop();
	}
} else console.log('redis-server is not installed: the two-process cases are left out.');
site.remove();

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
	`\nMachine: ${cpus().length} cores, load average ${loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')} at the end (every figure below is wall time, and moves with the load).`
);
console.log(
	`Live games: ${QUESTIONS} questions each, answers spread over ${ANSWER_WINDOW_MS / 1000} s; reveal is the slowest game's time to its last player.\n`
);
console.log(
	'| case | join, all | join p95 | answer ack median | answer ack p95 | reveal to last player | server memory (peak RSS) | server CPU |'
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results)
	console.log(
		`| ${r.scenario} | ${ms(r.joinAll)} | ${ms(r.joinP95)} | ${ms(r.ackMedian)} | ${ms(r.ackP95)} | ${ms(r.reveal)} | ${r.rssMiB.toFixed(0)} MiB | ${r.cpu.toFixed(0)}% |`
	);

const budgeted = results[0];
const failures = [
	budgeted.ackP95 >= BUDGET.ackP95 &&
		`answer ack p95 ${ms(budgeted.ackP95)} is over its ${BUDGET.ackP95} ms budget`,
	budgeted.reveal >= BUDGET.reveal &&
		`reveal to the last player ${ms(budgeted.reveal)} is over its ${BUDGET.reveal} ms budget`
].filter(Boolean);
console.log(
	`\nBudgets for one game of 200 on one process: answer ack p95 < ${BUDGET.ackP95} ms, reveal to every player < ${BUDGET.reveal} ms: ${failures.length ? 'FAILED' : 'met'}.`
);
for (const failure of failures) console.log(`  ${failure}`);
process.exit(failures.length ? 1 : 0);

// What the live server's tests, the benchmark and the e2e setup share: a site folder with every
// deck's JSON file, a real redis-server of their own, and socket.io clients that wait on events.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { encodeClassCode, type ClassQuiz } from '../lib/classroom/class-code.ts';
import { loadCorpus } from '../lib/content/corpus.ts';
import { buildLibrary, deckFile } from '../lib/questions/library.ts';
import { readContentFiles } from '../node/content-files.ts';
import { DeckLibrary } from './decks.ts';

/** A folder laid out like build/ as far as the live server reads it: every deck's JSON file. */
export function deckSite(): {
	dir: string;
	decks: DeckLibrary;
	classCode(quiz: ClassQuiz): string;
	remove(): void;
} {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-live-'));
	const library = buildLibrary(loadCorpus(readContentFiles('questions')));
	for (const article of library.articles)
		for (const deck of article.decks) {
			mkdirSync(join(dir, 'api', 'decks', deck.article), { recursive: true });
			writeFileSync(
				join(dir, 'api', 'decks', deck.article, `${deck.id}.json`),
				JSON.stringify(deckFile(library, deck))
			);
		}
	const decks = new DeckLibrary(dir);
	return {
		dir,
		decks,
		classCode: (quiz) =>
			encodeClassCode(quiz, decks.coded.find((d) => d.key === quiz.deck)!.edition),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}

/** Whether Debian's redis-server is installed here. */
export function hasRedis(): boolean {
	return spawnSync('redis-server', ['--version']).status === 0;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** A redis-server of our own on a free port, ready when this resolves. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
	const port = await freePort();
	const child: ChildProcess = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	await new Promise<void>((ready, fail) => {
		let seen = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			if (seen.includes('Ready to accept connections')) ready();
		});
		child.once('exit', (code) =>
			fail(new Error(`redis-server exited (${code}): ${seen.slice(-300)}`))
		);
	});
	return {
		url: `redis://127.0.0.1:${port}`,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}

/** A socket.io client on `url`, WebSocket only as the pages connect, once connected. */
export async function connect(url: string): Promise<Socket> {
	const socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
	await new Promise<void>((done, fail) => {
		socket.once('connect', () => done());
		socket.once('connect_error', fail);
	});
	return socket;
}

/** Sends a request and resolves with the server's reply. */
export function request<T = { ok: boolean; error?: string } & Record<string, unknown>>(
	socket: Socket,
	event: string,
	data: unknown
): Promise<T> {
	return socket.emitWithAck(event, data) as Promise<T>;
}

/** Resolves with the first `event` whose payload passes `test`. */
export function next<T>(
	socket: Socket,
	event: string,
	test: (payload: T) => boolean = () => true
): Promise<T> {
	return new Promise((done) => {
		const listener = (payload: T) => {
			if (!test(payload)) return;
			socket.off(event, listener);
			done(payload);
		};
		socket.on(event, listener);
	});
}

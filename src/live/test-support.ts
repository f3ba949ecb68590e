// What the live server's tests and the benchmark share: a site folder with every deck's JSON file,
// a real redis-server of their own, and socket.io clients that wait on events.
import { deepStrictEqual } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { encodeClassCode, type ClassQuiz } from '../lib/classroom/class-code.ts';
import { loadCorpus } from '../lib/content/corpus.ts';
import { buildLibrary, deckFile } from '../lib/questions/library.ts';
import { readContentFiles } from '../node/content-files.ts';
import { codedDecks } from '../lib/classroom/editions.ts';
import { DeckLibrary } from './decks.ts';
import { PUSHED, readPushed, readReply, REPLIES } from '../lib/live/replies.ts';

export { hasRedis, startRedis } from './redis-server.ts';

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
	const site = codedDecks(library);
	return {
		dir,
		decks,
		// Made as the site's pages make codes, from the build's editions: the live server must read them.
		classCode: (quiz) => encodeClassCode(quiz, site.find((d) => d.key === quiz.deck)!.tag),
		remove: () => rmSync(dir, { recursive: true, force: true })
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

/**
 * Checks that a page reads what the server sent exactly as it was sent: the pages' schemas
 * (`src/lib/live/replies.ts`) neither refuse nor drop any part of a real message.
 */
function readWhole(kind: 'reply' | 'push', event: string, data: unknown): void {
	if (kind === 'reply' && event in REPLIES)
		deepStrictEqual(readReply(event as keyof typeof REPLIES, data), data, `the reply to ${event}`);
	if (kind === 'push' && event in PUSHED)
		deepStrictEqual(readPushed(event as keyof typeof PUSHED, data), { ok: data }, event);
}

/** Sends a request and resolves with the server's reply, checked to read whole as a page reads it. */
export async function request<T = { ok: boolean; error?: string } & Record<string, unknown>>(
	socket: Socket,
	event: string,
	data: unknown
): Promise<T> {
	const reply: unknown = await socket.emitWithAck(event, data);
	readWhole('reply', event, reply);
	return reply as T;
}

/** Resolves with the first `event` whose payload passes `test`, checked to read whole as a page reads it. */
export function next<T>(
	socket: Socket,
	event: string,
	test: (payload: T) => boolean = () => true
): Promise<T> {
	return new Promise((done) => {
		const listener = (payload: T) => {
			readWhole('push', event, payload);
			if (!test(payload)) return;
			socket.off(event, listener);
			done(payload);
		};
		socket.on(event, listener);
	});
}

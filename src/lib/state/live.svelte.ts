import type { Socket } from 'socket.io-client';
import { resolve } from '$app/paths';
import type { Reply } from '$lib/live/messages.ts';
import type { Pushed, Replies } from '$lib/live/replies.ts';
import { fetchJson } from '$lib/browser/fetch-json.ts';

type Listener = Parameters<Socket['on']>[1];

/** A game a page keeps in storage to come back to it: its join code and the page's token. */
export interface KeptGame {
	code: string;
	token: string;
}

/** Whether a value read back from storage is a whole kept game. */
export function isKeptGame(value: unknown): value is KeptGame {
	return (
		typeof value === 'object' &&
		value !== null &&
		'code' in value &&
		typeof value.code === 'string' &&
		'token' in value &&
		typeof value.token === 'string'
	);
}

/** How the page stands with the live server. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'absent';

/**
 * A page's connection to the live server: Socket.IO's client, loaded only by live pages, over
 * WebSocket only (so processes behind a load balancer need no sticky sessions). It keeps trying,
 * so a server started after the page still connects.
 */
export class LiveConnection {
	status = $state<LiveStatus>('connecting');
	#socket: Socket | undefined;
	#read: typeof import('$lib/live/replies.ts') | undefined;
	#ever = false;
	readonly #handlers: [string, Listener][] = [];

	/**
	 * @param onConnect called on every connection the server did not recover by itself, so the
	 *   page can rejoin its game
	 */
	constructor(private readonly onConnect: () => void) {}

	/** Asks whether a live server is here, then loads the client and connects to it. */
	async open(): Promise<void> {
		const status = await fetchJson(
			resolve('/live/status.json'),
			'The live status',
			(schemas) => schemas.LiveStatusSchema,
			{ cache: 'no-store' }
		);
		if ('error' in status || !status.live) {
			this.status = 'absent';
			return;
		}
		// The schemas the server's messages are read through come with the client, on live pages only.
		const [{ io }, read] = await Promise.all([
			import('socket.io-client'),
			import('$lib/live/replies.ts')
		]);
		this.#read = read;
		const socket = io({ transports: ['websocket'] });
		this.#socket = socket;
		for (const [event, handle] of this.#handlers) socket.on(event, handle);
		socket.on('connect', () => {
			this.status = 'connected';
			this.#ever = true;
			if (!socket.recovered) this.onConnect();
		});
		socket.on('disconnect', () => {
			this.status = 'reconnecting';
		});
		socket.on('connect_error', () => {
			this.status = this.#ever ? 'reconnecting' : 'absent';
		});
	}

	/**
	 * Listens to one kind of message from the server, from the moment it connects. A message this
	 * page cannot read (a server of another version) is dropped, and the page keeps what it shows.
	 */
	on<E extends keyof Pushed>(event: E, handle: (payload: Pushed[E]) => void): void {
		const listener: Listener = (data: unknown) => {
			const read = this.#read?.readPushed(event, data);
			if (read) handle(read.ok);
		};
		const name: string = event;
		this.#handlers.push([name, listener]);
		this.#socket?.on(name, listener);
	}

	/** Sends a request and waits for the server's reply, read through the request's schema. */
	async request<E extends keyof Replies>(event: E, data: unknown): Promise<Reply<Replies[E]>> {
		if (!this.#socket?.connected || !this.#read)
			return { ok: false, error: 'The live server cannot be reached right now.' };
		let reply: unknown;
		try {
			reply = await this.#socket.timeout(10_000).emitWithAck(event, data);
		} catch {
			return { ok: false, error: 'The live server did not answer: try again.' };
		}
		return this.#read.readReply(event, reply);
	}

	close(): void {
		this.#socket?.close();
	}
}

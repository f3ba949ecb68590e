import type { Socket } from 'socket.io-client';
import { resolve } from '$app/paths';
import type { Reply } from '$lib/live/messages.ts';
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
		const { io } = await import('socket.io-client');
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

	/** Listens to one kind of message from the server, from the moment it connects. */
	on<T>(event: string, handle: (payload: T) => void): void {
		this.#handlers.push([event, handle as Listener]);
		this.#socket?.on(event, handle);
	}

	/** Sends a request and waits for the server's reply. */
	async request<T extends object = object>(event: string, data: unknown): Promise<Reply<T>> {
		if (!this.#socket?.connected)
			return { ok: false, error: 'The live server cannot be reached right now.' };
		try {
			// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- socket.io types acknowledgements as any; src/live/server.ts answers every request with a Reply.
			return await this.#socket.timeout(10_000).emitWithAck(event, data);
		} catch {
			return { ok: false, error: 'The live server did not answer: try again.' };
		}
	}

	close(): void {
		this.#socket?.close();
	}
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection } from './live.svelte.ts';

// The site's paths as a page at the root resolves them, without SvelteKit's client around it.
vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));

afterEach(() => {
	vi.unstubAllGlobals();
});

/** A connection whose status request gets `answer`. */
async function openedWith(answer: () => Promise<Response>): Promise<LiveConnection> {
	vi.stubGlobal('fetch', vi.fn(answer));
	const connection = new LiveConnection(() => {});
	expect(connection.status).toBe('connecting');
	await connection.open();
	return connection;
}

describe('a page’s connection to the live server', () => {
	it('says no live server is here when the site says so, answers with an error or not at all', async () => {
		for (const answer of [
			() => Promise.resolve(Response.json({ live: false })),
			() => Promise.resolve(new Response('Not found', { status: 404 })),
			() => Promise.resolve(new Response('<!doctype html>')),
			() => Promise.reject(new TypeError('Failed to fetch'))
		])
			expect((await openedWith(answer)).status).toBe('absent');
	});

	it('refuses a request while it is not connected, saying why', async () => {
		const connection = await openedWith(() => Promise.resolve(Response.json({ live: false })));
		expect(await connection.request('join', { code: 'ABCD' })).toEqual({
			ok: false,
			error: 'The live server cannot be reached right now.'
		});
	});
});

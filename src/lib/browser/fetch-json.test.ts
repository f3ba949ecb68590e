import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from './fetch-json.ts';

const STATUS = '/live/status.json';
const read = () => fetchJson(STATUS, 'The live status', (schemas) => schemas.LiveStatusSchema);

/** Answers every fetch with `answer`, as the network would. */
function serve(answer: () => Promise<Response>): void {
	vi.stubGlobal('fetch', vi.fn(answer));
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('fetching one of the site’s JSON files', () => {
	it('gives the file once it fits its schema', async () => {
		serve(() => Promise.resolve(Response.json({ live: true })));
		expect(await read()).toEqual({ live: true });
	});

	it('says to check the connection when nothing answers', async () => {
		serve(() => Promise.reject(new TypeError('Failed to fetch')));
		expect(await read()).toEqual({
			error: 'The live status could not be loaded. Check the connection and reload.'
		});
	});

	it('says which error the server answered with', async () => {
		serve(() => Promise.resolve(new Response('Not found', { status: 404 })));
		expect(await read()).toEqual({
			error: 'The live status could not be loaded (error 404). Reload the page.'
		});
	});

	it('refuses a page of HTML or a file of another shape in place of the file, and gives nothing of it', async () => {
		const unreadable = {
			error:
				'The live status arrived in a form this page cannot read (the site may have been updated). Reload the page.'
		};
		serve(() =>
			Promise.resolve(new Response('<!doctype html><title>Sign in to the Wi-Fi</title>'))
		);
		expect(await read()).toEqual(unreadable);
		serve(() => Promise.resolve(Response.json({ live: 'yes' })));
		expect(await read()).toEqual(unreadable);
	});
});

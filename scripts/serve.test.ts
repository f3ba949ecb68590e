import { spawnSync } from 'node:child_process';
import { connect, type ClientHttp2Session } from 'node:http2';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveHttp2 } from './serve.js';

const sites: string[] = [];
const sessions: ClientHttp2Session[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.destroy();
	for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site of one page. */
function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-site-'));
	sites.push(dir);
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>factdeck</title>');
	return dir;
}

/** One GET over HTTP/2, trusting the server's own certificate; the session stays open until the test ends. */
function get(url: string, path: string) {
	const session = connect(url, { rejectUnauthorized: false });
	sessions.push(session);
	// The server may end the session first, as its close does: that is not this request's error.
	session.on('error', () => {});
	return new Promise<{ status: number; csp: unknown; body: string; protocol: string }>(
		(resolve, reject) => {
			const request = session.request({ ':path': path });
			let body = '';
			let status = 0;
			let csp: unknown;
			request.on('response', (headers) => {
				status = Number(headers[':status']);
				csp = headers['content-security-policy'];
			});
			request.setEncoding('utf8');
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => resolve({ status, csp, body, protocol: session.alpnProtocol ?? '' }));
			request.on('error', reject);
		}
	);
}

// The HTTP/2 server makes its certificate with openssl, which a benchmark machine needs.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('serveHttp2', () => {
	it('serves the built site over HTTP/2 with the headers a host sends', async () => {
		const server = await serveHttp2({ dir: site(), port: 0 });
		try {
			expect(server.url).toMatch(/^https:\/\/localhost:\d+\/$/);
			const page = await get(server.url, '/');
			expect(page.protocol).toBe('h2');
			expect(page.status).toBe(200);
			expect(page.body).toContain('<title>factdeck</title>');
			expect(page.csp).toContain("frame-ancestors 'none'");
			expect((await get(server.url, '/nowhere')).status).toBe(404);
		} finally {
			await server.close();
		}
	});

	it('closes while a browser still holds a session open', async () => {
		const server = await serveHttp2({ dir: site(), port: 0 });
		await get(server.url, '/');
		await expect(server.close()).resolves.toBeUndefined();
	});
});
